package app.staffroom.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A provider's picture without a photo shows two letters at most, never a title's. */
class ProviderInitialsTest {

    @Test
    void a_title_is_left_out_and_the_first_and_last_names_give_the_letters() {
        assertThat(TeamPageView.initials("Dr. Marcus Reid")).isEqualTo("MR");
        assertThat(TeamPageView.initials("Ana María de la Cruz")).isEqualTo("AC");
        assertThat(TeamPageView.initials("  élodie  ")).isEqualTo("É");
        assertThat(TeamPageView.initials("Dr.")).isEmpty();
    }
}
