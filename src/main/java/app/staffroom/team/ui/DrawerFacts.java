package app.staffroom.team.ui;

import static app.staffroom.base.Messages.label;

import app.staffroom.base.PhoneNumbers;
import app.staffroom.base.ui.Formats;
import app.staffroom.base.ui.PracticeTime;
import app.staffroom.team.TeammateDetails;
import app.staffroom.team.TeammateStatus;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableFunction;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** What the drawer shows of a teammate and nobody edits there: who they are, dates, and provider settings. */
class DrawerFacts extends Composite<Div> {

    private final H2 name = new H2();
    private final Avatar photo = new Avatar();
    private final Span email = new Span();
    private final Div facts = new Div();
    private final Div providerSettings = new Div();
    private final SerializableFunction<TeammateDetails, String> photoUrl;
    private @Nullable TeammateDetails shown;

    DrawerFacts(SerializableFunction<TeammateDetails, String> photoUrl) {
        this.photoUrl = photoUrl;
        email.addClassName("drawer-email");
        Paragraph identityNote = new Paragraph("Name and email belong to the person: they change them in their own profile.");
        identityNote.addClassName("drawer-note");
        facts.addClassName("drawer-facts");
        providerSettings.addClassName("drawer-provider");
        photo.addClassName("drawer-photo");
        getContent().add(photo, name, email, identityNote, facts);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        PracticeTime.onChange(this, () -> {
            if (shown != null) {
                show(shown);
            }
        });
    }

    /** The provider settings, shown further down the drawer. */
    Div providerSettings() {
        return providerSettings;
    }

    void show(TeammateDetails teammate) {
        shown = teammate;
        name.setText(teammate.fullName());
        photo.setName(teammate.fullName());
        // The URL names the photo's version: the same photo keeps its URL, so the browser does not load it again.
        String image = photoUrl.apply(teammate);
        if (!image.equals(Objects.requireNonNullElse(photo.getImage(), ""))) {
            photo.setImage(image.isEmpty() ? null : image);
        }
        email.setText(teammate.email());
        facts.removeAll();
        fact(facts, "Status", label(teammate.status()));
        fact(facts, "Phones", teammate.phones().isEmpty() ? "—" : String.join(", ", teammate.phones().stream().map(PhoneNumbers::display).toList()));
        fact(facts, "Invited", Formats.dateTime(teammate.invitedAt()));
        fact(facts, "Activated", Formats.dateTime(teammate.activatedAt()));
        if (teammate.status() == TeammateStatus.INACTIVE) {
            fact(facts, "Deactivated", Formats.dateTime(teammate.deactivatedAt()));
            fact(facts, "Reason", Objects.requireNonNullElse(teammate.deactivationReason(), "—"));
        }
        fact(facts, "Last sign-in", Formats.dateTime(teammate.lastLoginAt()));
        showProviderSettings(teammate.provider());
    }

    private void showProviderSettings(TeammateDetails.@Nullable ProviderSettings settings) {
        providerSettings.removeAll();
        if (settings == null) {
            return;
        }
        providerSettings.add(new Span("Provider settings (kept by the provider in their profile)"));
        fact(providerSettings, "Booking name", settings.displayName());
        fact(providerSettings, "Title", settings.displayTitle());
        fact(providerSettings, "Appointment colour", settings.appointmentColour());
        fact(providerSettings, "Capacity", settings.capacity() + " at a time");
        fact(providerSettings, "Scheduling step", settings.schedulingStepMinutes() + " minutes");
        fact(providerSettings, "Smart booking", settings.availableForSmartBooking() ? "Available" : "Not available");
        fact(providerSettings, "MD consent", settings.mdConsentRequired()
                ? "Required, supervised by " + Objects.requireNonNullElse(settings.supervisorName(), "—") : "Not required");
    }

    private static void fact(Div into, String label, @Nullable String value) {
        Div row = new Div(new Span(label), new Span(value == null ? "—" : value));
        row.addClassName("drawer-fact");
        into.add(row);
    }
}
