package app.staffroom.team.ui;

import app.staffroom.base.PhoneNumbers;
import app.staffroom.base.ui.Formats;
import app.staffroom.location.LocationSummary;
import app.staffroom.role.RoleSummary;
import app.staffroom.team.TeammateChange;
import app.staffroom.team.TeammateDetails;
import app.staffroom.team.TeammateStatus;
import app.staffroom.team.ui.DrawerEvents.CloseEvent;
import app.staffroom.team.ui.DrawerEvents.DeactivateEvent;
import app.staffroom.team.ui.DrawerEvents.ReactivateEvent;
import app.staffroom.team.ui.DrawerEvents.ReloadEvent;
import app.staffroom.team.ui.DrawerEvents.SaveEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One teammate in detail. An administrator may change the role, location access and whether the
 * person works as a provider; the form only tells the view what was asked, the view asks the service.
 */
class TeammateDrawer extends Composite<Div> {

    private final H2 name = new H2();
    private final Avatar photo = new Avatar();
    private final Span email = new Span();
    private final Paragraph identityNote = new Paragraph(
            "Name and email belong to the person: they change them in their own profile.");
    private final Div facts = new Div();
    private final Select<RoleSummary> role = new Select<>();
    private final CheckboxGroup<LocationSummary> locations = new CheckboxGroup<>("Location access");
    private final Select<LocationSummary> defaultLocation = new Select<>();
    private final Checkbox worksAsProvider = new Checkbox("Works as provider");
    private final Div providerSettings = new Div();
    private final Paragraph notice = new Paragraph();
    private final Button save = new Button("Save changes");
    private final Button deactivate = new Button("Deactivate…");
    private final Button reactivate = new Button("Reactivate");
    private final Button reload = new Button("Reload");
    private final Button close = new Button("Close");

    private final SerializableFunction<TeammateDetails, String> photoUrl;
    private @Nullable TeammateDetails shown;

    /** @param photoUrl where the browser loads a teammate's photo (see {@link TeammatePhotos}); empty without one */
    TeammateDrawer(SerializableFunction<TeammateDetails, String> photoUrl) {
        this.photoUrl = photoUrl;
        Div content = getContent();
        content.addClassName("teammate-drawer");
        content.setVisible(false);
        email.addClassName("drawer-email");
        identityNote.addClassName("drawer-note");
        facts.addClassName("drawer-facts");
        notice.addClassName("drawer-notice");
        notice.setVisible(false);
        providerSettings.addClassName("drawer-provider");

        role.setLabel("Role");
        role.setItemLabelGenerator(RoleSummary::name);
        locations.setItemLabelGenerator(LocationSummary::name);
        locations.addValueChangeListener(event -> offerDefaultsAmong(event.getValue()));
        defaultLocation.setLabel("Default location");
        defaultLocation.setItemLabelGenerator(LocationSummary::name);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> requestSave());
        deactivate.addThemeVariants(ButtonVariant.LUMO_ERROR);
        deactivate.addClickListener(click -> confirmDeactivation());
        reactivate.addClickListener(click -> fireEvent(new ReactivateEvent(this, current())));
        reload.addClickListener(click -> fireEvent(new ReloadEvent(this, current())));
        reload.setVisible(false);
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        close.addClickListener(click -> fireEvent(new CloseEvent(this)));

        HorizontalLayout actions = new HorizontalLayout(save, deactivate, reactivate, reload, close);
        actions.addClassName("drawer-actions");
        actions.setWrap(true);
        photo.addClassName("drawer-photo");
        content.add(photo, name, email, identityNote, facts, role, locations, defaultLocation, worksAsProvider,
                providerSettings, notice, actions);
    }

    /** Shows a teammate as just read; anything typed for another teammate is gone by design. */
    void show(TeammateDetails teammate, List<RoleSummary> roles, List<LocationSummary> allLocations, boolean canManage) {
        shown = teammate;
        getContent().setVisible(true);
        hideNotice();
        name.setText(teammate.fullName());
        photo.setName(teammate.fullName());
        // The URL names the photo's version: the same photo keeps its URL, so the browser does not load it again.
        String image = photoUrl.apply(teammate);
        if (!image.equals(Objects.requireNonNullElse(photo.getImage(), ""))) {
            photo.setImage(image.isEmpty() ? null : image);
        }
        email.setText(teammate.email());
        facts.removeAll();
        fact("Status", teammate.status().label());
        fact("Phones", teammate.phones().isEmpty() ? "—"
                : String.join(", ", teammate.phones().stream().map(PhoneNumbers::display).toList()));
        fact("Invited", Formats.dateTime(teammate.invitedAt()));
        fact("Activated", Formats.dateTime(teammate.activatedAt()));
        if (teammate.status() == TeammateStatus.INACTIVE) {
            fact("Deactivated", Formats.dateTime(teammate.deactivatedAt()));
            fact("Reason", Objects.requireNonNullElse(teammate.deactivationReason(), "—"));
        }
        fact("Last sign-in", Formats.dateTime(teammate.lastLoginAt()));

        // Only roles the administrator may give are offered; the teammate's own role is shown whatever it is.
        RoleSummary current = roles.stream().filter(r -> r.id().equals(teammate.roleId())).findFirst().orElse(null);
        role.setItems(roles.stream().filter(r -> r.assignable() || r.equals(current)).toList());
        role.setValue(current);
        boolean holdsMore = current != null && !current.assignable();
        locations.setItems(allLocations);
        locations.setValue(allLocations.stream().filter(l -> teammate.locationIds().contains(l.id()))
                .collect(Collectors.toSet()));
        defaultLocation.setValue(allLocations.stream().filter(l -> l.id().equals(teammate.defaultLocationId()))
                .findFirst().orElse(null));
        worksAsProvider.setValue(teammate.worksAsProvider());
        showProviderSettings(teammate.provider());

        boolean manages = canManage && !holdsMore;
        boolean editable = manages && teammate.status() != TeammateStatus.INACTIVE;
        role.setReadOnly(!editable);
        locations.setReadOnly(!editable);
        defaultLocation.setReadOnly(!editable);
        worksAsProvider.setReadOnly(!editable);
        save.setVisible(editable);
        deactivate.setVisible(manages && teammate.status() != TeammateStatus.INACTIVE);
        reactivate.setVisible(manages && teammate.status() == TeammateStatus.INACTIVE);
        role.setHelperText(canManage && holdsMore ? teammate.fullName() + "'s role holds permissions you do not hold:"
                + " only someone who holds them all can change, deactivate or reactivate them." : null);
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
        if (role.getValue() == null) {
            showRefusal("Choose a role.", false);
            return;
        }
        if (locations.getValue().isEmpty()) {
            showRefusal("Give access to at least one location.", false);
            return;
        }
        if (defaultLocation.getValue() == null) {
            showRefusal("Choose the default location among the locations with access.", false);
            return;
        }
        Set<UUID> locationIds = locations.getValue().stream().map(LocationSummary::id).collect(Collectors.toSet());
        fireEvent(new SaveEvent(this, new TeammateChange(teammate.id(), teammate.version(), role.getValue().id(),
                locationIds, defaultLocation.getValue().id(), worksAsProvider.getValue())));
    }

    private void confirmDeactivation() {
        TeammateDetails teammate = current();
        DeactivationDialog.ask(teammate, reason -> fireEvent(new DeactivateEvent(this, teammate, reason)));
    }

    private void offerDefaultsAmong(Set<LocationSummary> granted) {
        LocationSummary current = defaultLocation.getValue();
        List<LocationSummary> choices = granted.stream()
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
        defaultLocation.setItems(choices);
        if (current != null && granted.contains(current)) {
            defaultLocation.setValue(current);
        } else if (choices.size() == 1) {
            defaultLocation.setValue(choices.getFirst());
        }
    }

    private void showProviderSettings(TeammateDetails.@Nullable ProviderSettings settings) {
        providerSettings.removeAll();
        if (settings == null) {
            return;
        }
        providerSettings.add(new Span("Provider settings (kept by the provider in their profile)"));
        providerFact("Booking name", settings.displayName());
        providerFact("Title", settings.displayTitle());
        providerFact("Appointment colour", settings.appointmentColour());
        providerFact("Capacity", settings.capacity() + " at a time");
        providerFact("Scheduling step", settings.schedulingStepMinutes() + " minutes");
        providerFact("Smart booking", settings.availableForSmartBooking() ? "Available" : "Not available");
        providerFact("MD consent", settings.mdConsentRequired()
                ? "Required, supervised by " + Objects.requireNonNullElse(settings.supervisorName(), "—") : "Not required");
    }

    private void fact(String label, String value) {
        Div row = new Div(new Span(label), new Span(value));
        row.addClassName("drawer-fact");
        facts.add(row);
    }

    private void providerFact(String label, @Nullable String value) {
        Div row = new Div(new Span(label), new Span(value == null ? "—" : value));
        row.addClassName("drawer-fact");
        providerSettings.add(row);
    }

    private TeammateDetails current() {
        return Objects.requireNonNull(shown, "No teammate is shown");
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
