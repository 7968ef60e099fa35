package app.staffroom.invite.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.ui.FormProblems;
import app.staffroom.base.AccessPeriod;
import app.staffroom.base.LocationRules;
import app.staffroom.base.ui.AccessPeriodFields;
import com.vaadin.flow.component.html.H4;
import app.staffroom.base.ui.FieldRules;
import app.staffroom.invite.NewTeammateValidation;
import app.staffroom.location.LocationSummary;
import app.staffroom.location.ui.LocationsView;
import app.staffroom.role.BuiltInRole;
import app.staffroom.role.RoleSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouterLink;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Step 1: the role, the locations (with the default among them), whether the person works as a
 * provider, which starts on for the built-in Provider and Medical Director roles, and an optional access period
 * (locum cover, temporary staff, a known leaving day).
 */
class RoleStep extends WizardPage {

    private static final Set<BuiltInRole> PROVIDER_ROLES = Set.of(BuiltInRole.PROVIDER, BuiltInRole.MEDICAL_DIRECTOR);

    private final Select<RoleSummary> role = new Select<>();
    private final CheckboxGroup<LocationSummary> locationAccess = new CheckboxGroup<>(text("invite.locationAccess"));
    private final Select<LocationSummary> defaultLocation = new Select<>();
    private final Checkbox worksAsProvider = new Checkbox(text("invite.worksAsProvider"));
    private final Paragraph noLocations = new Paragraph();
    private final Paragraph withdrawn = new Paragraph();
    private final AccessPeriodFields accessPeriod = new AccessPeriodFields();

    RoleStep(WizardDraft draft) {
        super(draft);
        role.setLabel(text("invite.role"));
        role.setItemLabelGenerator(RoleSummary::shownName);
        role.addValueChangeListener(event -> {
            RoleSummary before = event.getOldValue();
            RoleSummary chosen = event.getValue();
            // A rename arriving from elsewhere is the same role: what was switched stays switched.
            if (chosen != null && (before == null || !before.id().equals(chosen.id()))) {
                worksAsProvider.setValue(chosen.builtIn() != null && PROVIDER_ROLES.contains(chosen.builtIn()));
            }
        });
        locationAccess.setItemLabelGenerator(LocationSummary::name);
        locationAccess.addValueChangeListener(event -> offerDefaultsAmong(event.getValue()));
        defaultLocation.setLabel(text("invite.defaultLocation"));
        defaultLocation.setItemLabelGenerator(LocationSummary::name);
        worksAsProvider.setTooltipText(text("invite.providersGetTheProviderSettingsAnd"));
        noLocations.setVisible(false);
        FormProblems.announce(noLocations);

        binder.forField(role).asRequired(text("rules.role.notChosen"))
                .bind(d -> d.role, (d, value) -> d.role = value);
        binder.forField(locationAccess).withValidator(FieldRules.check(LocationRules::accessProblem))
                .bind(d -> d.locations, (d, value) -> d.locations = Set.copyOf(value));
        binder.forField(defaultLocation)
                .withValidator(FieldRules.check(value -> LocationRules.defaultProblem(locationAccess.getValue(), value)))
                .bind(d -> d.defaultLocation, (d, value) -> d.defaultLocation = value);
        binder.forField(worksAsProvider).bind(d -> d.worksAsProvider, (d, value) -> d.worksAsProvider = value);
        accessPeriod.bind(binder, d -> d.accessPeriod, (d, value) -> d.accessPeriod = value, () -> AccessPeriod.OPEN, () -> false);
        startFromDraft();
        FormProblems.announce(withdrawn);
        withdrawn.setVisible(false);
        H4 period = new H4(text("invite.accessPeriodOptional"));
        period.addClassName("wizard-subheading");
        getContent().add(noLocations, form(role, locationAccess, defaultLocation, worksAsProvider), withdrawn,
                period, accessPeriod);
    }

    /**
     * Offers these roles and locations, keeping what was chosen by its id: a role renamed or a location
     * added elsewhere shows at once, and the draft follows the new names.
     */
    void offer(List<RoleSummary> roles, List<LocationSummary> locations) {
        UUID chosenRole = role.getValue() == null ? null : role.getValue().id();
        Set<UUID> chosen = locationAccess.getValue().stream().map(LocationSummary::id).collect(Collectors.toSet());
        Set<UUID> offered = locations.stream().map(LocationSummary::id).collect(Collectors.toSet());
        List<String> gone = locationAccess.getValue().stream().filter(l -> !offered.contains(l.id()))
                .map(LocationSummary::name).sorted().toList();
        if (!gone.isEmpty()) {
            // Archived or taken away elsewhere while this was open: say so rather than drop it unseen.
            withdrawn.setText(text("invite.role.withdrawn", gone.size(), String.join(", ", gone)));
            withdrawn.setVisible(true);
        }
        UUID chosenDefault = defaultLocation.getValue() == null ? null : defaultLocation.getValue().id();
        role.setItems(roles);
        role.setValue(byId(roles, chosenRole, RoleSummary::id));
        locationAccess.setItems(locations);
        locationAccess.setValue(locations.stream().filter(l -> chosen.contains(l.id())).collect(Collectors.toSet()));
        defaultLocation.setValue(byId(locations, chosenDefault, LocationSummary::id));
        draft.role = draft.role == null ? null : byId(roles, draft.role.id(), RoleSummary::id);
        Set<UUID> drafted = draft.locations.stream().map(LocationSummary::id).collect(Collectors.toSet());
        draft.locations = locations.stream().filter(l -> drafted.contains(l.id())).collect(Collectors.toSet());
        draft.defaultLocation = draft.defaultLocation == null ? null
                : byId(locations, draft.defaultLocation.id(), LocationSummary::id);
        if (locations.isEmpty()) {
            noLocations.removeAll();
            noLocations.setText(text("invite.thisPracticeHasNoLocationYet"));
            noLocations.add(new RouterLink(text("invite.addALocation"), LocationsView.class));
        } else if (locations.size() == 1 && chosen.isEmpty()) {
            // Ticked once the browser has the new checkbox: ticked in the same answer as it is created, the
            // browser shows it ticked but reports the group empty, and the step then refuses to go on.
            locationAccess.getElement().executeJs("return 0").then(added -> {
                if (locationAccess.getValue().isEmpty() && locationAccess.getListDataView().getItems()
                        .map(LocationSummary::id).toList().equals(locations.stream().map(LocationSummary::id).toList())) {
                    locationAccess.setValue(Set.copyOf(locations));
                }
            });
        }
        noLocations.setVisible(locations.isEmpty());
    }

    @Override
    Optional<Component> claim(String refusal, String message) {
        return switch (refusal) {
            case "refusals.invite.roleOrLocationGone", "refusals.role.holdsMore", "refusals.roleNotInWorkspace" ->
                    marked(role, message);
            case "refusals.role.locationsNotYours" -> marked(locationAccess, message);
            default -> Optional.empty();
        };
    }

    boolean hasLocations() {
        return !noLocations.isVisible();
    }

    private void offerDefaultsAmong(Set<LocationSummary> granted) {
        LocationSummary chosen = defaultLocation.getValue();
        List<LocationSummary> choices = granted.stream().sorted(Comparator.comparing(LocationSummary::name,
                String.CASE_INSENSITIVE_ORDER)).toList();
        defaultLocation.setItems(choices);
        if (chosen != null && granted.contains(chosen)) {
            defaultLocation.setValue(chosen);
        } else if (!choices.isEmpty()) {
            defaultLocation.setValue(choices.getFirst());
        }
    }

    private static <T> @Nullable T byId(List<T> items, @Nullable UUID id, java.util.function.Function<T, UUID> idOf) {
        return id == null ? null : items.stream().filter(item -> Objects.equals(idOf.apply(item), id)).findFirst().orElse(null);
    }
}
