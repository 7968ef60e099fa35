package app.staffroom.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DatePickersTest {

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
    void a_french_calendar_names_months_and_days_in_french_and_starts_on_monday() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        DatePicker.DatePickerI18n i18n = DatePickers.i18n();
        assertThat(i18n.getMonthNames()).hasSize(12).startsWith("Janvier", "Février").endsWith("Décembre");
        assertThat(i18n.getWeekdays()).hasSize(7).startsWith("Dimanche", "Lundi");
        assertThat(i18n.getWeekdaysShort().get(1)).startsWith("Lun");
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(i18n.getToday()).isEqualTo("Aujourd’hui");
        assertThat(i18n.getCancel()).isEqualTo("Annuler");
    }

    @Test
    void a_spanish_calendar_names_months_and_days_in_spanish_and_starts_on_monday() {
        UI.getCurrent().setLocale(Locale.of("es"));
        DatePicker.DatePickerI18n i18n = DatePickers.i18n();
        assertThat(i18n.getMonthNames()).hasSize(12).startsWith("Enero", "Febrero").endsWith("Diciembre");
        assertThat(i18n.getWeekdays()).hasSize(7).startsWith("Domingo", "Lunes");
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(i18n.getToday()).isEqualTo("Hoy");
        assertThat(i18n.getCancel()).isEqualTo("Cancelar");
    }

    @Test
    void an_american_english_calendar_starts_on_sunday() {
        UI.getCurrent().setLocale(Locale.US);
        DatePicker.DatePickerI18n i18n = DatePickers.i18n();
        assertThat(i18n.getMonthNames().getFirst()).isEqualTo("January");
        assertThat(i18n.getWeekdaysShort().getFirst()).isEqualTo("Sun");
        assertThat(i18n.getFirstDayOfWeek()).isZero();
        assertThat(i18n.getToday()).isEqualTo("Today");
    }

    @Test
    void the_week_starts_as_in_the_languages_country() {
        assertThat(DatePickers.firstDayOfWeek(Locale.FRENCH)).isEqualTo(1);
        assertThat(DatePickers.firstDayOfWeek(Locale.CANADA_FRENCH)).isZero();
        assertThat(DatePickers.firstDayOfWeek(Locale.ENGLISH)).isZero();
        assertThat(DatePickers.firstDayOfWeek(Locale.UK)).isEqualTo(1);
    }
}
