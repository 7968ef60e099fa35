package app.staffroom.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PhraseTest {

    @Test
    void a_phrase_is_worded_in_the_language_asked_with_its_values_as_given() {
        Phrase phrase = new Phrase("refusals.team.alreadyInactive", "Ana Díaz");

        assertThat(phrase.in(Locale.ENGLISH)).isEqualTo("Ana Díaz is already inactive.");
        assertThat(phrase.in(Locale.FRENCH)).isEqualTo("Ana Díaz est déjà inactif.");
        assertThat(phrase.in(Locale.CANADA_FRENCH)).as("a regional variant speaks its language").startsWith("Ana Díaz est");
        assertThat(phrase.in(Locale.GERMAN)).as("a language Staffroom does not speak reads English")
                .isEqualTo("Ana Díaz is already inactive.");
        assertThat(phrase.english()).isEqualTo("Ana Díaz is already inactive.");
    }

    @Test
    void counts_take_the_plural_of_the_language() {
        assertThat(new Phrase("refusals.invite.triesLeft", 1).in(Locale.ENGLISH)).isEqualTo("The code is not correct. 1 try left.");
        assertThat(new Phrase("refusals.invite.triesLeft", 2).in(Locale.ENGLISH)).isEqualTo("The code is not correct. 2 tries left.");
        assertThat(new Phrase("refusals.invite.triesLeft", 2).in(Locale.FRENCH)).isEqualTo("Le code n’est pas le bon. Encore 2 essais.");
    }

    @Test
    void a_phrase_or_an_enumeration_among_the_values_is_worded_in_the_same_language() {
        Phrase reason = new Phrase("refusals.reason", new Phrase("refusals.emptyFile"));
        assertThat(reason.in(Locale.ENGLISH)).isEqualTo("Reason: The file is empty.");
        assertThat(reason.in(Locale.FRENCH)).isEqualTo("Motif : Le fichier est vide.");

        Phrase permission = new Phrase("refusals.permission", app.staffroom.role.Permission.TEAM_MANAGE_USERS.group(),
                app.staffroom.role.Permission.TEAM_MANAGE_USERS);
        assertThat(permission.in(Locale.ENGLISH)).isEqualTo("Team: Manage users");
        assertThat(permission.in(Locale.FRENCH)).isEqualTo("Équipe : Gérer les utilisateurs");
    }

    @Test
    void values_are_listed_in_order() {
        assertThat(Phrase.listed(List.of("A", "B", "C")).in(Locale.ENGLISH)).isEqualTo("A, B, C");
        assertThat(Phrase.listed(List.of("A")).in(Locale.FRENCH)).isEqualTo("A");
        assertThatThrownBy(() -> Phrase.listed(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void two_phrases_are_equal_when_key_and_values_are() {
        assertThat(new Phrase("refusals.reason", "x")).isEqualTo(new Phrase("refusals.reason", "x"))
                .hasSameHashCodeAs(new Phrase("refusals.reason", "x"))
                .isNotEqualTo(new Phrase("refusals.reason", "y"))
                .isNotEqualTo(new Phrase("refusals.history.filter", "x"));
        Object[] values = {"x"};
        Phrase phrase = new Phrase("refusals.reason", values);
        values[0] = "changed";
        phrase.args()[0] = "changed too";
        assertThat(phrase.english()).as("the values are the phrase's own").isEqualTo("Reason: x");
    }

    @Test
    void a_refusal_made_of_a_phrase_says_it_in_english_to_the_logs() {
        ChangeRefusedException refused = new ChangeRefusedException(new Phrase("refusals.team.deactivateSelf"));
        assertThat(refused).hasMessage("You cannot deactivate yourself.");
        assertThat(refused.phrase()).isEqualTo(new Phrase("refusals.team.deactivateSelf"));
        ChangeRefusedException ruled = new ChangeRefusedException(() -> Messages.text("rules.password.tooShort", 12));
        assertThat(ruled.phrase()).isNull();
        assertThat(ruled).hasMessage("Use at least 12 characters.");
        assertThat(ruled.in(Locale.FRENCH)).as("a rule's wording is run again for the reader")
                .isEqualTo("Utilisez au moins 12 caractères.");
        assertThat(new PermissionRefusedException(new Phrase("refusals.notActiveTeammate")))
                .hasMessage("You are not an active teammate of this practice.");
        assertThat(new StaleChangeException(new Phrase("refusals.stale.practice"))).hasMessageStartingWith("This practice was changed");
    }
}
