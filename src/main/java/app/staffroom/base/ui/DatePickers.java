package app.staffroom.base.ui;

import app.staffroom.base.Languages;
import app.staffroom.base.Messages;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ULocale;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The texts of a date picker's calendar in the current person's language: month and weekday names, the first day
 * of the week, and its "Today" and "Cancel" buttons. Vaadin's own defaults are English whatever the language.
 */
public final class DatePickers {

    private DatePickers() {
    }

    /** A fresh set of calendar texts for the current person's language; add the field's own error messages to it. */
    public static DatePicker.DatePickerI18n i18n() {
        Locale locale = Messages.currentLocale();
        Locale names = Languages.isPseudo(locale) ? Languages.DEFAULT : locale;
        List<String> months = Arrays.stream(java.time.Month.values())
                .map(month -> month.getDisplayName(TextStyle.FULL_STANDALONE, names)).map(DatePickers::capitalised).toList();
        List<DayOfWeek> sundayFirst = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        return new DatePicker.DatePickerI18n()
                .setMonthNames(months)
                .setWeekdays(sundayFirst.stream().map(day -> capitalised(day.getDisplayName(TextStyle.FULL, names))).toList())
                .setWeekdaysShort(sundayFirst.stream().map(day -> capitalised(day.getDisplayName(TextStyle.SHORT, names)))
                        .toList())
                .setFirstDayOfWeek(firstDayOfWeek(names))
                .setToday(Messages.text("base.datePicker.today"))
                .setCancel(Messages.text("base.datePicker.cancel"));
    }

    /**
     * 0 for Sunday to 6 for Saturday, as CLDR has it for the language's most likely country when none is given
     * ("fr" is France's French: Monday; "fr-CA": Sunday).
     */
    static int firstDayOfWeek(Locale locale) {
        ULocale likely = ULocale.addLikelySubtags(ULocale.forLocale(locale));
        return Calendar.getInstance(likely).getFirstDayOfWeek() - Calendar.SUNDAY;
    }

    private static String capitalised(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }
}
