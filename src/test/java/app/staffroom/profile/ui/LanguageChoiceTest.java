package app.staffroom.profile.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.base.PracticeClock;
import app.staffroom.base.ui.Formats;
import app.staffroom.security.CurrentActor;
import app.staffroom.security.LanguageChoice;
import app.staffroom.security.SignedInAccount;
import app.staffroom.shell.ui.MainLayout;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.KaribuTest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * A person chooses the language of their screens in My profile: it is kept on their account, the next screens of
 * the session speak it, and so does their next sign-in; "my browser's language" forgets the choice. Each language
 * is offered in its own words ("Español").
 */
class LanguageChoiceTest extends KaribuTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    @Autowired
    Fixtures fixtures;

    @Autowired
    DatabaseClient db;

    @Autowired
    LanguageChoice choices;

    @Autowired
    CurrentActor currentActor;

    private UUID me;

    @BeforeEach
    void signInToMyProfile() {
        Clinic clinic = fixtures.newClinic();
        me = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        signIn(fixtures.email(me));
        UI.getCurrent().navigate(MyProfileView.class);
        awaitUi(() -> _find(Select.class, spec -> spec.withId("language")).stream().anyMatch(Select::isEnabled));
    }

    @Test
    void french_is_kept_and_the_next_screens_and_sign_ins_speak_it() {
        assertThat(language().getValue()).isEqualTo(Locale.ROOT);
        assertThat(signOut().getText()).isEqualTo("Sign out");

        HasValueUtilsKt._setValue(language(), Locale.FRENCH, true);
        awaitUi(() -> "fr".equals(storedLanguage()));

        // The choice reloads the screen: a new UI of this session.
        awaitUi(() -> UI.getCurrent().getLocale().equals(Locale.FRENCH));
        UI.getCurrent().navigate(MyProfileView.class);
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.FRENCH);
        assertThat(signOut().getText()).isEqualTo("Se déconnecter");
        assertThat(UI.getCurrent().getReconnectDialogConfiguration().getDialogText()).startsWith("Connexion perdue");
        assertThat(_get(Button.class, spec -> spec.withClasses("skip-link")).getText()).isEqualTo("Passer au contenu principal");
        // The menu comes once the person's permissions are loaded.
        awaitUi(() -> !_find(SideNavItem.class).isEmpty());
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Mon profil", "Équipe");

        // Signing in again (a new session) brings the choice back from the account.
        MockVaadin.tearDown();
        setUpVaadin();
        signIn(fixtures.email(me));
        assertThat(currentActor.account().map(SignedInAccount::language)).contains("fr");
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate(MyProfileView.class);
        awaitUi(() -> _find(Select.class, spec -> spec.withId("language")).stream().anyMatch(Select::isEnabled));
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.FRENCH);
        assertThat(language().getValue()).isEqualTo(Locale.FRENCH);

        HasValueUtilsKt._setValue(language(), Locale.ROOT, true);
        awaitUi(() -> storedLanguage() == null && UI.getCurrent().getLocale().getLanguage().equals("en"));
        UI.getCurrent().navigate(MyProfileView.class);
        assertThat(signOut().getText()).isEqualTo("Sign out");
        assertThat(UI.getCurrent().getReconnectDialogConfiguration().getDialogText()).startsWith("Connection lost");
        assertThat(choices.of(accountId()).block(LIMIT)).isEqualTo(Optional.empty());
    }

    @Test
    void spanish_is_offered_in_itself_and_the_screens_speak_it() {
        Locale spanish = Locale.of("es");
        assertThat(language().getListDataView().getItems()).contains(Locale.ENGLISH, Locale.FRENCH, spanish);
        assertThat(language().getItemLabelGenerator().apply(spanish)).isEqualTo("Español");

        HasValueUtilsKt._setValue(language(), spanish, true);
        awaitUi(() -> "es".equals(storedLanguage()));
        awaitUi(() -> UI.getCurrent().getLocale().equals(spanish));
        UI.getCurrent().navigate(MyProfileView.class);
        assertThat(signOut().getText()).isEqualTo("Cerrar sesión");
        assertThat(UI.getCurrent().getReconnectDialogConfiguration().getDialogText()).startsWith("Conexión perdida");
        assertThat(_get(Button.class, spec -> spec.withClasses("skip-link")).getText()).isEqualTo("Saltar al contenido principal");
        // The menu comes once the person's permissions are loaded.
        awaitUi(() -> !_find(SideNavItem.class).isEmpty());
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Mi perfil", "Equipo");
        assertThat(Formats.dateTime(PracticeClock.of("Europe/Madrid"), Instant.parse("2026-12-03T08:15:00Z")))
                .isEqualTo("3 dic 2026, 09:15 CET");
        assertThat(choices.of(accountId()).block(LIMIT)).contains(spanish);
    }

    private UUID accountId() {
        return fixtures.actor(me).accountId();
    }

    private String storedLanguage() {
        return db.sql("select language from account where id = :id").bind("id", accountId())
                .map(row -> Optional.ofNullable(row.get(0, String.class))).one().block(LIMIT).orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static Select<Locale> language() {
        return _get(Select.class, spec -> spec.withId("language"));
    }

    private static Button signOut() {
        return _get(Button.class, spec -> spec.withClasses("app-sign-out"));
    }
}
