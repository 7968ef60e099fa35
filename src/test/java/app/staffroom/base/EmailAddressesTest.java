package app.staffroom.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one email rule of every screen: internationalised domains kept exactly, non-ASCII mailboxes refused by name. */
class EmailAddressesTest {

    @ParameterizedTest
    @CsvSource({
            "anna@straße.de, anna@straße.de, anna@xn--strae-oqa.de",
            "Anna@Straße.DE, Anna@Straße.DE, Anna@xn--strae-oqa.de",
            "anna@xn--strae-oqa.de, anna@straße.de, anna@xn--strae-oqa.de",
            "nina@clinic.example, nina@clinic.example, nina@clinic.example",
            "' kai@Bücher.example ', kai@Bücher.example, kai@xn--bcher-kva.example",
            "kai@ｂücher.example, kai@bücher.example, kai@xn--bcher-kva.example",
            "o'brien+team@clinic.example, o'brien+team@clinic.example, o'brien+team@clinic.example"})
    void an_internationalised_domain_is_kept_as_typed_and_sent_as_its_a_labels(String typed, String stored, String sent) {
        assertThat(EmailAddresses.problem(typed)).isNull();
        assertThat(EmailAddresses.canonical(typed)).isEqualTo(stored);
        assertThat(EmailAddresses.forSending(stored)).isEqualTo(sent);
    }

    @Test
    void sharp_s_is_never_turned_into_ss_as_idna2003_would() {
        assertThat(EmailAddresses.canonical("anna@straße.de")).doesNotContain("strasse");
        assertThat(EmailAddresses.forSending("anna@straße.de")).isNotEqualTo("anna@strasse.de");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jürgen@clinic.example", "анна@clinic.example", "李@clinic.example", "straße@clinic.example"})
    void a_mailbox_with_letters_outside_a_to_z_is_refused_as_not_supported_yet(String typed) {
        assertThat(EmailAddresses.problem(typed)).isEqualTo(EmailAddresses.nonAsciiMailbox())
                .contains("not supported yet");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nina@@clinic", "nina", "@clinic.example", "nina@", "nina@clinic", "ni na@clinic.example",
            "nina..n@clinic.example", ".nina@clinic.example", "nina@-clinic.example", "nina@clinic..example",
            "nina\u0000@clinic.example"})
    void anything_else_that_is_no_address_is_refused(String typed) {
        assertThat(EmailAddresses.problem(typed)).isNotNull().isNotEqualTo(EmailAddresses.nonAsciiMailbox());
        assertThatThrownBy(() -> EmailAddresses.canonical(typed)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_ascii_form_holds_at_most_254_characters_and_the_mailbox_64() {
        String domain = "d".repeat(60) + "." + "e".repeat(60) + "." + "f".repeat(60) + ".example";
        assertThat(EmailAddresses.problem("m".repeat(64) + "@clinic.example")).isNull();
        assertThat(EmailAddresses.problem("m".repeat(65) + "@clinic.example")).isEqualTo(EmailAddresses.invalid());
        assertThat(EmailAddresses.problem("m".repeat(254 - domain.length() - 1) + "@" + domain)).isNull();
        assertThat(EmailAddresses.problem("m".repeat(255 - domain.length() - 1) + "@" + domain)).isEqualTo(EmailAddresses.invalid());
    }
}
