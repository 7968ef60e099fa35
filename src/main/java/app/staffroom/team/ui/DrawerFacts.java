package app.staffroom.team.ui;

import static app.staffroom.base.Messages.text;

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
        Paragraph identityNote = new Paragraph(text("team.nameAndEmailBelongToThe"));
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
        fact(facts, text("team.status"), label(teammate.status()));
        fact(facts, text("team.phones"), teammate.phones().isEmpty() ? "—" : String.join(", ", teammate.phones().stream().map(PhoneNumbers::display).toList()));
        fact(facts, text("team.invited"), Formats.dateTime(teammate.invitedAt()));
        fact(facts, text("team.activated"), Formats.dateTime(teammate.activatedAt()));
        if (teammate.status() == TeammateStatus.INACTIVE) {
            fact(facts, text("team.deactivated"), Formats.dateTime(teammate.deactivatedAt()));
            fact(facts, text("team.reason"), Objects.requireNonNullElse(teammate.deactivationReason(), "—"));
        }
        fact(facts, text("team.lastSignIn"), Formats.dateTime(teammate.lastLoginAt()));
        showProviderSettings(teammate.provider());
    }

    private void showProviderSettings(TeammateDetails.@Nullable ProviderSettings settings) {
        providerSettings.removeAll();
        if (settings == null) {
            return;
        }
        providerSettings.add(new Span(text("team.providerSettingsKeptByTheProvider")));
        fact(providerSettings, text("team.bookingName"), settings.displayName());
        fact(providerSettings, text("team.title"), settings.displayTitle());
        fact(providerSettings, text("team.appointmentColour"), settings.appointmentColour());
        fact(providerSettings, text("team.capacity"), text("team.atATime", settings.capacity()));
        fact(providerSettings, text("team.schedulingStep"), text("team.minutes", settings.schedulingStepMinutes()));
        fact(providerSettings, text("team.smartBooking"), settings.availableForSmartBooking() ? text("team.available") : text("team.notAvailable"));
        fact(providerSettings, text("team.mdConsent"), settings.mdConsentRequired()
                ? text("team.mdConsent.required", Objects.requireNonNullElse(settings.supervisorName(), "—")) : text("team.notRequired"));
    }

    private static void fact(Div into, String label, @Nullable String value) {
        Div row = new Div(new Span(label), new Span(value == null ? "—" : value));
        row.addClassName("drawer-fact");
        into.add(row);
    }
}
