package app.staffroom.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A browser title names the screen, then the practice once, then Staffroom. */
class PageTitlesTest {

    @Test
    void a_title_names_the_practice_before_the_product() {
        assertThat(PageTitles.naming("Teammates · Staffroom", "Harbour Aesthetics"))
                .isEqualTo("Teammates · Harbour Aesthetics · Staffroom");
        assertThat(PageTitles.naming("Teammates", " Harbour Aesthetics ")).isEqualTo("Teammates · Harbour Aesthetics · Staffroom");
        assertThat(PageTitles.naming("Teammates", "")).isEqualTo("Teammates · Staffroom");
    }

    @Test
    void a_title_read_back_after_it_was_named_is_not_named_twice() {
        String once = PageTitles.naming("My profile", "Harbour Aesthetics");

        assertThat(PageTitles.naming(once, "Harbour Aesthetics")).isEqualTo("My profile · Harbour Aesthetics · Staffroom");
        assertThat(PageTitles.naming(once, "Northside Physio")).as("another practice's name is no naming of this one")
                .isEqualTo("My profile · Harbour Aesthetics · Northside Physio · Staffroom");
    }
}
