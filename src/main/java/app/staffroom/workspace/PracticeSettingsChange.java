package app.staffroom.workspace;

import app.staffroom.team.SeatUsage.SeatPlan;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * What the Settings screen saves: every editable setting at once, as typed (see {@link PracticeRules}).
 * The units and ranges are those of {@link PracticeSettings}.
 */
public record PracticeSettingsChange(String name, String slug, String country, String timeZone, String currency,
                                     SeatPlan seatPlan, BigDecimal monthlyPrice, BigDecimal yearlyPrice,
                                     Duration invitationLifetime, Duration idleSignOut,
                                     MobileConfirmation mobileConfirmation) {

    /** The settings as they are, to edit. */
    public static PracticeSettingsChange of(PracticeSettings settings) {
        return new PracticeSettingsChange(settings.name(), settings.slug(), settings.country(), settings.timeZone(),
                settings.currency(), settings.seatPlan(), settings.monthlyPrice(), settings.yearlyPrice(),
                settings.invitationLifetime(), settings.idleSignOut(), settings.mobileConfirmation());
    }
}
