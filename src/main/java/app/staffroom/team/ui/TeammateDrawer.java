package app.staffroom.team.ui;

import app.staffroom.base.LocationRules;
import app.staffroom.base.ui.Async;
import app.staffroom.base.ui.FieldRules;
import app.staffroom.location.LocationSummary;
import app.staffroom.role.RoleSummary;
import app.staffroom.security.Actor;
import app.staffroom.team.TeammateChange;
import app.staffroom.team.TeammateDetails;
import app.staffroom.team.TeammateStatus;
import app.staffroom.team.ui.DrawerEvents.CloseEvent;
import app.staffroom.team.ui.DrawerEvents.DeactivateEvent;
import app.staffroom.team.ui.DrawerEvents.ReactivateEvent;
import app.staffroom.team.ui.DrawerEvents.ReloadEvent;
import app.staffroom.team.ui.DrawerEvents.SaveEvent;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * One teammate in detail. An administrator may change the role, location access and whether the person
 * works as a provider (checked by a {@code Binder} with {@link LocationRules}, each problem on its field);
 * the form tells the screen what was asked, and the screen asks the service. A pending teammate's
 * invitation is sent again or revoked here, reactivating first says what it costs, and in one's own drawer
 * what one may not do is shown disabled with the reason. The choices follow roles and locations changed
 * elsewhere while the drawer is open.
 */
class TeammateDrawer extends Composite<Div> {

    static final String OWN_ROLE = "You cannot change your own role; ask another administrator.";
    static final String OWN_DEACTIVATION = "You cannot deactivate yourself.";

    /** What the form edits, written by the binder once it passes the rules. */
    private static final class Choice {
        @Nullable RoleSummary role;
        Set<LocationSummary> locations = Set.of();
        @Nullable LocationSummary defaultLocation;
        boolean worksAsProvider;
    }

    private final DrawerFacts facts = new DrawerFacts();
    private final Select<RoleSummary> role = new Select<>();
    private final CheckboxGroup<LocationSummary> locations = new CheckboxGroup<>("Location access");
    private final Select<LocationSummary> defaultLocation = new Select<>();
    private final Checkbox worksAsProvider = new Checkbox("Works as provider");
    private final Binder<Choice> binder = new Binder<>();
    private final Paragraph notice = new Paragraph();
    private final Paragraph ownNote = new Paragraph(OWN_DEACTIVATION);
    private final Button save = new Button("Save changes");
    private final Button deactivate = new Button("Deactivate…");
    private final Button reactivate = new Button("Reactivate");
    private final Button resend = new Button("Resend invitation");
    private final Button revoke = new Button("Revoke invitation…");
    private final Button reload = new Button("Reload");
    private final Button close = new Button("Close");

    private @Nullable TeammateDetails shown;
    private @Nullable DrawerSupport support;
    private @Nullable List<RoleSummary> latestRoles;
    private @Nullable List<LocationSummary> latestLocations;
    private boolean canManage;

    TeammateDrawer() {
        Div content = getContent();
        content.addClassName("teammate-drawer");
        content.setVisible(false);
        notice.addClassName("drawer-notice");
        notice.setVisible(false);
        ownNote.addClassName("drawer-note");

        role.setLabel("Role");
        role.setItemLabelGenerator(RoleSummary::name);
        locations.setItemLabelGenerator(LocationSummary::name);
        locations.addValueChangeListener(event -> offerDefaultsAmong(event.getValue()));
        defaultLocation.setLabel("Default location");
        defaultLocation.setItemLabelGenerator(LocationSummary::name);
        binder.forField(role).asRequired("Choose a role.").bind(c -> c.role, (c, value) -> c.role = value);
        binder.forField(locations).withValidator(FieldRules.check(LocationRules::accessProblem))
                .bind(c -> c.locations, (c, value) -> c.locations = Set.copyOf(value));
        binder.forField(defaultLocation)
                .withValidator(FieldRules.check(value -> LocationRules.defaultProblem(locations.getValue(), value)))
                .bind(c -> c.defaultLocation, (c, value) -> c.defaultLocation = value);
        binder.forField(worksAsProvider).bind(c -> c.worksAsProvider, (c, value) -> c.worksAsProvider = value);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> requestSave());
        deactivate.addThemeVariants(ButtonVariant.LUMO_ERROR);
        deactivate.addClickListener(click -> DeactivationDialog.ask(current(),
                reason -> fireEvent(new DeactivateEvent(this, current(), reason))));
        reactivate.addClickListener(click -> DrawerActions.confirmReactivation(this, support(), actor(), current(),
                () -> fireEvent(new ReactivateEvent(this, current()))));
        resend.addClickListener(click -> DrawerActions.resend(this, support(), actor(), current(), this::showChanged));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        revoke.addClickListener(click -> DrawerActions.revoke(this, support(), actor(), current(), this::showChanged));
        reload.addClickListener(click -> fireEvent(new ReloadEvent(this, current())));
        reload.setVisible(false);
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        close.addClickListener(click -> fireEvent(new CloseEvent(this)));

        HorizontalLayout actions = new HorizontalLayout(save, deactivate, reactivate, resend, revoke, reload, close);
        actions.addClassName("drawer-actions");
        actions.setWrap(true);
        content.add(facts, role, locations, defaultLocation, worksAsProvider, facts.providerSettings(), notice, actions,
                ownNote);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        DrawerSupport found = DrawerSupport.of(attachEvent.getUI());
        support = found;
        found.actor().ifPresent(actor -> {
            // Follow first, then read: a role renamed or a location added meanwhile still shows.
            Async.follow(this, found.choiceChanges(actor), 4, event -> loadChoices(actor));
            loadChoices(actor);
        });
    }

    private void loadChoices(Actor actor) {
        Async.load(this, Mono.zip(support().roles.listRoles(actor).collectList(),
                support().locations.listLocations(actor).collectList()), loaded -> {
                    latestRoles = loaded.getT1();
                    latestLocations = loaded.getT2();
                    offerChoices(false);
                });
    }

    /**
     * Shows a teammate as just read; anything typed for another teammate is gone by design. The choices
     * given are used until the drawer has read its own, which then follow changes made elsewhere.
     */
    void show(TeammateDetails teammate, List<RoleSummary> roles, List<LocationSummary> allLocations, boolean canManage) {
        shown = teammate;
        this.canManage = canManage;
        latestRoles = latestRoles == null ? roles : latestRoles;
        latestLocations = latestLocations == null ? allLocations : latestLocations;
        getContent().setVisible(true);
        hideNotice();
        facts.show(teammate);
        offerChoices(true);
        binder.getFields().forEach(field -> ((HasValidation) field).setInvalid(false));
        worksAsProvider.setValue(teammate.worksAsProvider());

        RoleSummary current = role.getValue();
        boolean holdsMore = current != null && !current.assignable();
        boolean own = support != null && support.actor().map(actor -> actor.teammateId().equals(teammate.id())).orElse(false);
        boolean manages = canManage && !holdsMore;
        boolean editable = manages && teammate.status() != TeammateStatus.INACTIVE;
        role.setReadOnly(!editable);
        role.setEnabled(!(editable && own));
        locations.setReadOnly(!editable);
        defaultLocation.setReadOnly(!editable);
        worksAsProvider.setReadOnly(!editable);
        save.setVisible(editable);
        deactivate.setVisible(manages && teammate.status() == TeammateStatus.ACTIVE);
        deactivate.setEnabled(!own);
        deactivate.setTooltipText(own ? OWN_DEACTIVATION : null);
        ownNote.setVisible(own && deactivate.isVisible());
        reactivate.setVisible(manages && teammate.status() == TeammateStatus.INACTIVE);
        resend.setVisible(manages && teammate.status() == TeammateStatus.PENDING);
        revoke.setVisible(manages && teammate.status() == TeammateStatus.PENDING);
        role.setHelperText(canManage && holdsMore ? teammate.fullName() + "'s role holds permissions you do not hold:"
                + " only someone who holds them all can change, deactivate or reactivate them."
                : editable && own ? OWN_ROLE : null);
    }

    /**
     * Offers the latest roles and locations: with the teammate's own values when {@code fromTeammate}, or
     * keeping what was chosen, by id, when the choices changed elsewhere.
     */
    private void offerChoices(boolean fromTeammate) {
        TeammateDetails teammate = shown;
        List<RoleSummary> allRoles = latestRoles;
        List<LocationSummary> allLocations = latestLocations;
        if (teammate == null || allRoles == null || allLocations == null) {
            return;
        }
        UUID chosenRole = fromTeammate || role.getValue() == null ? teammate.roleId() : role.getValue().id();
        Set<UUID> granted = fromTeammate ? teammate.locationIds() : ids(locations.getValue());
        UUID chosenDefault = fromTeammate || defaultLocation.getValue() == null ? teammate.defaultLocationId()
                : defaultLocation.getValue().id();
        // Only roles the administrator may give are offered; the teammate's own role is shown whatever it is.
        List<RoleSummary> roles = allRoles.stream().filter(r -> r.assignable() || r.id().equals(teammate.roleId())).toList();
        role.setItems(roles);
        role.setValue(roles.stream().filter(r -> r.id().equals(chosenRole)).findFirst().orElse(null));
        locations.setItems(allLocations);
        locations.setValue(allLocations.stream().filter(l -> granted.contains(l.id())).collect(Collectors.toSet()));
        defaultLocation.setValue(allLocations.stream().filter(l -> l.id().equals(chosenDefault)).findFirst().orElse(null));
    }

    /** The teammate as a change made here left them; a refusal shows as a notice and keeps the drawer as it was. */
    private void showChanged(TeammateDetails after) {
        show(after, List.of(), List.of(), canManage);
    }

    void hide() {
        shown = null;
        getContent().setVisible(false);
    }

    @Nullable TeammateDetails shown() {
        return shown;
    }

    /** Keeps what the administrator typed and says why it was not saved. */
    void showRefusal(String message, boolean stale) {
        notice.setText(message);
        notice.setVisible(true);
        reload.setVisible(stale);
    }

    boolean isShowingNotice() {
        return notice.isVisible();
    }

    private void hideNotice() {
        notice.setVisible(false);
        reload.setVisible(false);
    }

    private void requestSave() {
        TeammateDetails teammate = current();
        Choice choice = new Choice();
        if (!binder.writeBeanIfValid(choice)) {
            return;
        }
        fireEvent(new SaveEvent(this, new TeammateChange(teammate.id(), teammate.version(),
                Objects.requireNonNull(choice.role).id(), ids(choice.locations),
                Objects.requireNonNull(choice.defaultLocation).id(), choice.worksAsProvider)));
    }

    private void offerDefaultsAmong(Set<LocationSummary> granted) {
        LocationSummary chosen = defaultLocation.getValue();
        List<LocationSummary> choices = granted.stream()
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
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

    private TeammateDetails current() {
        return Objects.requireNonNull(shown, "No teammate is shown");
    }

    private DrawerSupport support() {
        return Objects.requireNonNull(support, "The drawer is not attached");
    }

    private Actor actor() {
        return support().actor().orElseThrow(() -> new IllegalStateException("No workspace chosen"));
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addDeactivateListener(ComponentEventListener<DeactivateEvent> listener) {
        return addListener(DeactivateEvent.class, listener);
    }

    Registration addReactivateListener(ComponentEventListener<ReactivateEvent> listener) {
        return addListener(ReactivateEvent.class, listener);
    }

    Registration addReloadListener(ComponentEventListener<ReloadEvent> listener) {
        return addListener(ReloadEvent.class, listener);
    }

    Registration addCloseListener(ComponentEventListener<CloseEvent> listener) {
        return addListener(CloseEvent.class, listener);
    }
}
