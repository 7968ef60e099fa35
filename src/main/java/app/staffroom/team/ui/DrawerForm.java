package app.staffroom.team.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.AccessPeriod;
import app.staffroom.base.LocationRules;
import app.staffroom.base.ui.AccessPeriodFields;
import com.vaadin.flow.component.html.H4;
import app.staffroom.base.ui.FieldRules;
import app.staffroom.location.LocationSummary;
import app.staffroom.role.RoleNames;
import app.staffroom.role.RoleSummary;
import app.staffroom.team.TeammateChange;
import app.staffroom.team.TeammateDetails;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The drawer's form: role, location access with the default among them, work-as-provider and the access
 * period, checked by a {@code Binder} with {@link LocationRules} and the period's rules so that each problem
 * shows on its field.
 */
class DrawerForm extends Composite<Div> {

    /** What the form edits, written by the binder once it passes the rules. */
    private static final class Choice {
        @Nullable RoleSummary role;
        Set<LocationSummary> locations = Set.of();
        @Nullable LocationSummary defaultLocation;
        boolean worksAsProvider;
        AccessPeriod period = AccessPeriod.OPEN;
    }

    private final Select<RoleSummary> role = new Select<>();
    private final CheckboxGroup<LocationSummary> locations = new CheckboxGroup<>(text("team.locationAccess"));
    private final Select<LocationSummary> defaultLocation = new Select<>();
    private final Checkbox worksAsProvider = new Checkbox(text("team.worksAsProvider"));
    private final AccessPeriodFields period = new AccessPeriodFields();
    private final Binder<Choice> binder = new Binder<>();
    private AccessPeriod shownPeriod = AccessPeriod.OPEN;
    private boolean shownActive;

    DrawerForm() {
        role.setLabel(text("team.role"));
        role.setItemLabelGenerator(RoleSummary::shownName);
        locations.setItemLabelGenerator(LocationSummary::name);
        locations.addValueChangeListener(event -> offerDefaultsAmong(event.getValue()));
        defaultLocation.setLabel(text("team.defaultLocation"));
        defaultLocation.setItemLabelGenerator(LocationSummary::name);
        binder.forField(role).asRequired(text("rules.role.notChosen")).bind(c -> c.role, (c, value) -> c.role = value);
        binder.forField(locations).withValidator(FieldRules.check(LocationRules::accessProblem))
                .bind(c -> c.locations, (c, value) -> c.locations = Set.copyOf(value));
        binder.forField(defaultLocation)
                .withValidator(FieldRules.check(value -> LocationRules.defaultProblem(locations.getValue(), value)))
                .bind(c -> c.defaultLocation, (c, value) -> c.defaultLocation = value);
        binder.forField(worksAsProvider).bind(c -> c.worksAsProvider, (c, value) -> c.worksAsProvider = value);
        period.bind(binder, c -> c.period, (c, value) -> c.period = value, () -> shownPeriod, () -> shownActive);
        H4 periodHeading = new H4(text("team.accessPeriod"));
        periodHeading.addClassName("drawer-subheading");
        getContent().add(role, locations, defaultLocation, worksAsProvider, periodHeading, period);
    }

    /**
     * Offers these roles and locations: with the teammate's own values when {@code fromTeammate}, or keeping
     * what was chosen, by id, when the choices changed elsewhere. Only roles the administrator may give are
     * offered; the teammate's own role is shown whatever it is.
     */
    void offer(TeammateDetails teammate, List<RoleSummary> allRoles, List<LocationSummary> allLocations, boolean fromTeammate) {
        UUID chosenRole = fromTeammate || role.getValue() == null ? teammate.roleId() : role.getValue().id();
        Set<UUID> granted = fromTeammate ? teammate.locationIds() : ids(locations.getValue());
        UUID chosenDefault = fromTeammate || defaultLocation.getValue() == null ? teammate.defaultLocationId()
                : defaultLocation.getValue().id();
        List<RoleSummary> roles = allRoles.stream().filter(r -> r.assignable() || r.id().equals(teammate.roleId())).toList();
        role.setItems(roles);
        role.setValue(roles.stream().filter(r -> r.id().equals(chosenRole)).findFirst().orElse(null));
        locations.setItems(allLocations);
        locations.setValue(allLocations.stream().filter(l -> granted.contains(l.id())).collect(Collectors.toSet()));
        defaultLocation.setValue(allLocations.stream().filter(l -> l.id().equals(chosenDefault)).findFirst().orElse(null));
        if (fromTeammate) {
            worksAsProvider.setValue(teammate.worksAsProvider());
            shownPeriod = teammate.accessPeriod();
            shownActive = teammate.status() == app.staffroom.team.TeammateStatus.ACTIVE;
            period.show(teammate.accessPeriod());
            binder.getFields().forEach(field -> ((HasValidation) field).setInvalid(false));
        }
    }

    /** True when what the fields hold differs from {@code teammate} as it was shown: someone typed here. */
    boolean edited(TeammateDetails teammate) {
        return role.getValue() == null || !role.getValue().id().equals(teammate.roleId())
                || !ids(locations.getValue()).equals(teammate.locationIds())
                || defaultLocation.getValue() == null || !defaultLocation.getValue().id().equals(teammate.defaultLocationId())
                || worksAsProvider.getValue() != teammate.worksAsProvider()
                || !period.value().equals(teammate.accessPeriod());
    }

    /** True when the teammate's role holds permissions the administrator does not. */
    boolean roleHoldsMore() {
        return role.getValue() != null && !role.getValue().assignable();
    }

    /** Read-only unless {@code editable}; the role is disabled, with {@code roleNote}, for one's own. */
    void allow(boolean editable, boolean own, @Nullable String roleNote) {
        role.setReadOnly(!editable);
        role.setEnabled(!(editable && own));
        locations.setReadOnly(!editable);
        defaultLocation.setReadOnly(!editable);
        worksAsProvider.setReadOnly(!editable);
        period.setReadOnly(!editable || own);
        role.setHelperText(roleNote);
    }

    /** The change asked for, or null with each problem shown on its field. */
    @Nullable TeammateChange change(TeammateDetails teammate) {
        Choice choice = new Choice();
        if (!FieldRules.writeOrShowFirstProblem(binder, choice)) {
            return null;
        }
        return new TeammateChange(teammate.id(), teammate.version(), Objects.requireNonNull(choice.role).id(),
                ids(choice.locations), Objects.requireNonNull(choice.defaultLocation).id(), choice.worksAsProvider,
                choice.period);
    }

    private void offerDefaultsAmong(Set<LocationSummary> granted) {
        LocationSummary chosen = defaultLocation.getValue();
        List<LocationSummary> choices = granted.stream().sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
        defaultLocation.setItems(choices);
        if (chosen != null && granted.contains(chosen)) {
            defaultLocation.setValue(chosen);
        } else if (choices.size() == 1) {
            defaultLocation.setValue(choices.getFirst());
        }
    }

    private static Set<UUID> ids(Set<LocationSummary> chosen) {
        return chosen.stream().map(LocationSummary::id).collect(Collectors.toSet());
    }
}
