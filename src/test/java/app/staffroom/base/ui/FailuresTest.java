package app.staffroom.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.base.ChangeRefusedException;
import app.staffroom.base.ContactRules;
import app.staffroom.base.PermissionRefusedException;
import app.staffroom.base.Phrase;
import app.staffroom.base.StaleChangeException;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class FailuresTest {

    @Test
    void a_refusal_speaks_for_itself() {
        assertThat(Failures.message(new ChangeRefusedException(() -> "Choose a role."))).isEqualTo("Choose a role.");
        assertThat(Failures.message(new AccessDeniedException("You need Team: Manage users."))).contains("Manage users");
    }

    @Test
    void a_refusal_given_as_a_phrase_is_worded_in_the_language_of_the_screen_that_shows_it() {
        new Translations();
        UI screen = new UI();
        screen.setLocale(Locale.FRENCH);
        UI.setCurrent(screen);
        try {
            assertThat(Failures.message(new ChangeRefusedException(new Phrase("refusals.team.alreadyInactive", "Ana Díaz"))))
                    .isEqualTo("Ana Díaz est déjà inactif.");
            assertThat(Failures.message(new PermissionRefusedException(new Phrase("refusals.notActiveTeammate"))))
                    .isEqualTo("Vous n’êtes pas un membre actif de ce cabinet.");
            assertThat(Failures.message(new StaleChangeException(new Phrase("refusals.stale.practice"))))
                    .startsWith("Ce cabinet a été modifié par quelqu’un d’autre");

            ChangeRefusedException ruled = CompletableFuture.supplyAsync(() -> new ChangeRefusedException(
                    () -> String.join(" ", ContactRules.problems(" ", "Díaz", List.of("12"), "AU")))).join();
            assertThat(Failures.message(ruled)).as("a shared rule's refusal made on a service's thread")
                    .startsWith("Saisissez le prénom.").contains("« 12 »");

            screen.setLocale(Locale.ENGLISH);
            assertThat(Failures.message(new ChangeRefusedException(new Phrase("refusals.team.alreadyInactive", "Ana Díaz"))))
                    .isEqualTo("Ana Díaz is already inactive.");
        } finally {
            UI.setCurrent(null);
        }
    }

    @Test
    void anything_else_shows_a_reference_and_nothing_of_the_exception() {
        String shown = Failures.message(new IllegalStateException("execute; bad SQL grammar [insert into account values ($1)]",
                new java.sql.SQLException("invalid byte sequence for encoding \"UTF8\": 0x00")));
        assertThat(shown).containsPattern("reference [0-9A-F]{8}")
                .doesNotContain("insert", "SQL", "Exception", "0x00", "execute", "grammar");
    }
}
