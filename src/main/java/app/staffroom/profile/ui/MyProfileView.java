package app.staffroom.profile.ui;

import app.staffroom.base.ui.PasswordFields;
import app.staffroom.credential.CredentialService;
import app.staffroom.credential.ui.MyCredentials;
import app.staffroom.factor.MyFactors;
import app.staffroom.appearance.ThemeService;
import app.staffroom.appearance.ui.ThemeSwitch;
import app.staffroom.factor.ui.TwoFactorSection;
import app.staffroom.base.ChangeRefusedException;
import app.staffroom.base.ContactRules;
import app.staffroom.base.PhoneNumbers;
import app.staffroom.base.ui.Async;
import app.staffroom.base.ui.FieldRules;
import app.staffroom.base.ui.CappedUpload;
import app.staffroom.base.ui.Failures;
import app.staffroom.base.ui.Formats;
import app.staffroom.base.ui.PracticeTime;
import app.staffroom.profile.EmailChangeService;
import app.staffroom.profile.MyProfile;
import app.staffroom.profile.ProfileService;
import app.staffroom.profile.ProviderProfile;
import app.staffroom.security.Actor;
import app.staffroom.security.CurrentActor;
import app.staffroom.security.LanguageChoice;
import static app.staffroom.base.Messages.text;
import app.staffroom.live.LiveFeed;
import app.staffroom.session.CurrentSession;
import app.staffroom.session.SessionService;
import app.staffroom.session.ui.MySessions;
import app.staffroom.workspace.PracticeSettingsService;
import app.staffroom.workspace.WorkspaceService;
import app.staffroom.workspace.ui.WorkspaceSwitcher;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Every teammate's own page: name, email (confirmed by the new address), phones, photo, password, signed-in
 * sessions, the practices they belong to, and for providers their booking profile.
 */
@Route("profile")
@PageTitle("titles.myProfile")
@Menu(title = "shell.menu.myProfile", order = 20, icon = "vaadin:user-card")
@PermitAll
public class MyProfileView extends Main implements AfterNavigationObserver {

    private final ProfileService profiles;
    private final EmailChangeService emailChanges;
    private final CurrentActor currentActor;

    private final H1 title = new H1(text("profile.myProfile"));
    private final Paragraph practice = new Paragraph();
    private final Avatar avatar = new Avatar();
    private final Button removePhoto = new Button(text("profile.removePhoto"));
    private final Upload upload;
    // Why the last file was refused, under the upload field: the upload itself keeps no refused file to mark.
    private final Paragraph photoProblem = new Paragraph();
    private final TextField firstName = new TextField(text("profile.firstName"));
    private final TextField lastName = new TextField(text("profile.lastName"));
    private final List<TextField> phones = new ArrayList<>();
    private final TextField email = FieldRules.emailField(text("profile.email"));
    private final Paragraph pendingEmail = new Paragraph();
    private final PasswordField emailPassword = PasswordFields.labelled(text("profile.yourCurrentPassword"));
    private final Div adminFields = new Div();
    private final ProviderForm providerForm;
    private final IdentityRules rules;
    private final MySessions sessions;
    private final MyCredentials credentials;
    private final ThemeSwitch themeSwitch;

    private @Nullable Actor actor;
    private @Nullable MyProfile shown;

    public MyProfileView(ProfileService profiles, EmailChangeService emailChanges, CurrentActor currentActor, MyFactors factors,
                         WorkspaceService workspaces, PracticeSettingsService settings, LiveFeed live, Clock clock,
                         SessionService sessionService, CurrentSession currentSession, CredentialService credentialService,
                         LanguageChoice languages, ThemeService themes) {
        this.profiles = profiles;
        this.emailChanges = emailChanges;
        this.currentActor = currentActor;
        this.providerForm = new ProviderForm(this::saveProvider, this::checkColour);
        addClassName("profile-view");

        upload = new CappedUpload(ProfileService.PHOTO_MAX_BYTES, ProfileService.PHOTO_TOO_LARGE.text(), this::uploadPhoto,
                this::photoRefused).field(ProfileService.PHOTO_NOT_AN_IMAGE.text(), ProfileService.PHOTO_TYPES);
        upload.setId("photo-upload");
        upload.setDropLabel(new Span(text("profile.photoDrop", ProfileService.PHOTO_RULE.text())));
        photoProblem.addClassName("field-error");
        photoProblem.setId("photo-problem");
        photoProblem.getElement().setAttribute("role", "alert");
        photoProblem.setVisible(false);
        removePhoto.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        removePhoto.addClickListener(click -> Async.load(this, profiles.removePhoto(actor()), this::saved, Async::showFailure));
        avatar.addClassName("profile-avatar");
        Div photo = section(text("profile.photo"), new Div(avatar, new Div(upload, photoProblem, removePhoto)));

        // No maxlength on these fields: the browser would cut a paste short without a word; the rules refuse instead.
        for (int i = 0; i < ContactRules.MAX_PHONES; i++) {
            phones.add(new TextField(text("profile.phoneN", i + 1)));
        }
        rules = new IdentityRules(firstName, lastName, phones, email, () -> Objects.requireNonNull(shown).email());
        Button saveIdentity = new Button(text("profile.saveNameAndPhones"), click -> saveIdentity());
        saveIdentity.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div identity = section(text("profile.nameAndPhones"), new Div(firstName, lastName), new Div(phones.toArray(TextField[]::new)),
                saveIdentity);

        Button changeEmail = new Button(text("profile.sendConfirmationLink"), click -> requestEmailChange());
        Div emailSection = section(text("profile.email"), new Paragraph(text("profile.aNewAddressIsUsedOnce")),
                email, emailPassword, changeEmail, pendingEmail);

        Div password = section(text("profile.password"), new PasswordSection(profiles, currentActor, clock, this::actor));
        Div twoStep = section(text("profile.twoStepSignIn"), new TwoFactorSection(factors));
        themeSwitch = new ThemeSwitch(themes);

        Div practices = section(text("profile.yourPractices"), new Paragraph(text("profile.switchToAnotherPracticeYouBelong")),
                new WorkspaceSwitcher(workspaces, settings, live, currentActor));

        credentials = new MyCredentials(credentialService);
        sessions = new MySessions(sessionService, currentSession, live);
        sessions.setId("sessions");

        adminFields.addClassName("profile-admin-fields");
        Div language = section(text("profile.language"), new LanguageSection(languages, currentActor));
        add(title, practice, photo, identity, emailSection, language, password, twoStep,
                section(text("profile.appearance"), themeSwitch), section(text("profile.sessions"), sessions),
                section(text("profile.setByYourAdministrator"), adminFields), providerForm, credentials, practices);
        providerForm.setVisible(false);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // Only the moment is shown again: what the person is typing stays.
        PracticeTime.onChange(this, this::showPendingEmail);
    }

    /** Read afresh on every visit: an administrator may have changed what this page shows. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        currentActor.get().ifPresent(signedIn -> {
            actor = signedIn;
            Async.load(this, profiles.myProfile(signedIn), this::show, Async::showFailure);
            sessions.showFor(signedIn);
            themeSwitch.showFor(signedIn);
        });
    }

    private void show(MyProfile profile) {
        shown = profile;
        practice.setText(profile.practice());
        avatar.setName(profile.firstName() + " " + profile.lastName());
        avatar.setImage(profile.photoDataUrl());
        removePhoto.setVisible(profile.photoDataUrl() != null);
        rules.show(profile.firstName(), profile.lastName(),
                profile.phones().stream().map(PhoneNumbers::display).toList(), profile.email());
        showPendingEmail();
        adminFields.removeAll();
        adminFields.add(fact(text("profile.role"), profile.shownRole()), fact(text("profile.locations"), String.join(", ", profile.locations())),
                fact(text("profile.worksAsProvider"), profile.worksAsProvider() ? text("profile.yes") : text("profile.no")));
        ProviderProfile provider = profile.provider();
        if (provider != null) {
            adminFields.add(fact(text("profile.mdConsentRequired"), provider.mdConsentRequired() ? text("profile.yes") : text("profile.no")),
                    fact(text("profile.supervisingMedicalDirector"), provider.supervisor() == null ? "—" : provider.supervisor()));
            providerForm.show(provider);
        }
        providerForm.setVisible(provider != null);
        credentials.showFor(Objects.requireNonNull(actor), profile.worksAsProvider());
    }

    private void showPendingEmail() {
        MyProfile profile = shown;
        pendingEmail.setVisible(profile != null && profile.pendingEmail() != null);
        if (profile != null && profile.pendingEmail() != null) {
            pendingEmail.setText(text("profile.emailPending", profile.pendingEmail(),
                    Formats.dateTime(profile.pendingEmailUntil()), profile.email()));
        }
    }

    private void saved(MyProfile profile) {
        show(profile);
        Notification.show(text("profile.saved"), 3000, Notification.Position.BOTTOM_END).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void saveIdentity() {
        Async.load(this, profiles.phoneRegion(actor()), region -> {
            IdentityRules.Identity typed = rules.identity(region);
            if (typed != null) {
                Async.load(this, profiles.saveIdentity(actor(), typed.firstName(), typed.lastName(), typed.phones()),
                        this::saved, Async::showFailure);
            }
        });
    }

    private void requestEmailChange() {
        String requested = rules.email();
        if (requested != null) {
            Async.load(this, emailChanges.requestEmailChange(actor(), requested, emailPassword.getValue())
                    .then(profiles.myProfile(actor())), reloaded -> {
                emailPassword.clear();
                mark(emailPassword, null);
                show(reloaded);
                Notification.show(text("profile.emailLinkSent", requested),
                        6000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }, failure -> {
                mark(emailPassword, Failures.isRefusal(failure) ? Failures.message(failure) : null);
                Async.showFailure(failure);
            });
        }
    }

    private void uploadPhoto(byte[] data) {
        Async.load(this, profiles.uploadPhoto(actor(), data), profile -> {
            upload.clearFileList();
            photoProblem.setVisible(false);
            saved(profile);
        }, failure -> {
            if (failure instanceof ChangeRefusedException) {
                photoRefused(Failures.message(failure));
            } else {
                upload.clearFileList();
                Async.showFailure(failure);
            }
        });
    }

    private void photoRefused(String message) {
        upload.clearFileList();
        photoProblem.setText(message);
        photoProblem.setVisible(true);
    }

    private void saveProvider(ProviderProfile changed) {
        Async.load(this, profiles.saveProvider(actor(), changed), this::saved, Async::showFailure);
    }

    private void checkColour(String colour) {
        Async.load(this, profiles.providersWithSimilarColour(actor(), colour).collectList(), providerForm::showColourNeighbours);
    }

    private Actor actor() {
        return Objects.requireNonNull(actor, "No workspace chosen");
    }

    static void mark(HasValidation field, @Nullable String problem) {
        field.setInvalid(problem != null);
        field.setErrorMessage(problem);
    }

    static Div section(String heading, com.vaadin.flow.component.Component... content) {
        Div section = new Div(new H2(heading));
        section.add(content);
        section.addClassName("profile-section");
        return section;
    }

    private static Div fact(String label, String value) {
        Span name = new Span(label);
        name.addClassName("fact-label");
        Span text = new Span(value);
        text.addClassName("fact-value");
        Div fact = new Div(name, text);
        fact.addClassName("fact");
        return fact;
    }
}
