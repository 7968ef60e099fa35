package app.staffroom.workspace;

import app.staffroom.team.SeatUsage;
import java.util.LinkedHashMap;
import java.util.Map;

/** A practice's settings as the audit trail keeps them: labelled, in words, prices with their currency. */
final class PracticeAuditValues {

    private PracticeAuditValues() {
    }

    static Map<String, String> of(PracticeSettings settings) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("Name", settings.name());
        values.put("Booking-page address", settings.slug());
        values.put("Country", PracticeRules.country(settings.country()).map(PracticeRules.Country::name).orElse(settings.country()));
        values.put("Time zone", settings.timeZone());
        values.put("Currency", settings.currency());
        values.put("Seat plan", settings.seatPlan().label());
        values.put("Monthly price", SeatUsage.money(settings.monthlyPrice(), settings.currency(), java.util.Locale.ENGLISH));
        values.put("Yearly price", SeatUsage.money(settings.yearlyPrice(), settings.currency(), java.util.Locale.ENGLISH));
        values.put("Invitation lifetime", PracticeRules.words(settings.invitationLifetime()));
        values.put("Idle sign-out", PracticeRules.words(settings.idleSignOut()));
        values.put("Mobile number confirmed at acceptance", settings.mobileConfirmation().label());
        return values;
    }
}
