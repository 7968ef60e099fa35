package app.staffroom.workspace;

import app.staffroom.base.PracticeClock;
import app.staffroom.team.SeatUsage.SeatPlan;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A practice's settings as they are now.
 *
 * @param country            ISO 3166-1 alpha-2 code; also the region of phone numbers typed without a country code
 * @param timeZone           IANA time zone id, in which every moment is shown to the practice's people
 * @param currency           ISO 4217 code of the seat prices
 * @param monthlyPrice       price of one seat a month, two decimals
 * @param yearlyPrice        price of one seat a year, two decimals
 * @param invitationLifetime how long an invitation link works, whole hours from 1 hour to 30 days
 * @param idleSignOut        how long a session may stay unused in this practice, 5 minutes to 12 hours
 * @param mobileConfirmation whether a new person confirms the invitation's mobile number with a texted code
 * @param ownerTeammateId    the practice's owner (null only for a practice made without one, as tests do)
 * @param ownerName          the owner's full name, empty without an owner
 * @param version            the settings' version, for refusing a save over someone else's change
 */
public record PracticeSettings(UUID workspaceId, String name, String slug, String country, String timeZone,
                               String currency, SeatPlan seatPlan, BigDecimal monthlyPrice, BigDecimal yearlyPrice,
                               Duration invitationLifetime, Duration idleSignOut, MobileConfirmation mobileConfirmation,
                               @Nullable UUID ownerTeammateId,
                               String ownerName, int version) {

    public PracticeClock clock() {
        return PracticeClock.of(timeZone);
    }
}
