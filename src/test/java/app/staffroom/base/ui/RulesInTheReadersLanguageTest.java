package app.staffroom.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.location.LocationNames;
import app.staffroom.role.RoleNames;
import app.staffroom.security.PasswordPolicy;
import app.staffroom.workspace.PracticeRules;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shared rules' words on a screen are the screen's, including the names of what is missing. */
class RulesInTheReadersLanguageTest {

    @BeforeEach
    void screen() {
        new Translations(); // as in the application: texts speak the screen's language
        MockVaadin.setup();
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    @Test
    void names_addresses_and_passwords_are_refused_in_the_screens_language() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        assertThat(LocationNames.problem("")).isEqualTo("Saisissez le nom de l’établissement.");
        assertThat(LocationNames.problem("x".repeat(121))).isEqualTo("Le nom d’un établissement compte de 1 à 120 caractères.");
        assertThat(RoleNames.nameProblem(" ")).isEqualTo("Saisissez le nom du rôle.");
        assertThat(PracticeRules.nameProblem("")).isEqualTo("Saisissez le nom du cabinet.");
        assertThat(PracticeRules.slugProblem("Bad Slug!")).startsWith("Utilisez des lettres minuscules");
        assertThat(new PasswordPolicy().problems("short", List.of())).containsExactly("Utilisez au moins 12 caractères.");

        assertThat(new PasswordPolicy().problems("aaaaaaaaaaaaaaaa", List.of())).containsExactly(
                "Ce mot de passe est trop facile à deviner. Les répétitions comme « aaa » sont faciles à deviner. "
                        + "Ajoutez des mots ou des caractères.");

        assertThat(new PasswordPolicy().problems("grace.turner.harbour", List.of("Grace", "Turner", "grace.turner")))
                .as("built from the person's name, whatever lists it is on")
                .containsExactly("Ne construisez pas le mot de passe à partir de votre nom ou de votre adresse e-mail.");

        UI.getCurrent().setLocale(Locale.of("es"));
        assertThat(new PasswordPolicy().problems("1987198819891990", List.of())).containsExactly(
                "Esta contraseña es demasiado fácil de adivinar. Los años recientes son fáciles de adivinar. "
                        + "Añada más palabras o caracteres.");
        assertThat(PracticeRules.nameProblem("")).isEqualTo("Introduzca el nombre de la clínica.");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        assertThat(LocationNames.problem("")).isEqualTo("Enter the location's name.");
        assertThat(RoleNames.nameProblem("x".repeat(61))).isEqualTo("A role's name has 1 to 60 characters.");
        assertThat(new PasswordPolicy().problems("short", List.of())).containsExactly("Use at least 12 characters.");
    }
}
