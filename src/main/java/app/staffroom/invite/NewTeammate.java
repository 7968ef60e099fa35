package app.staffroom.invite;

import app.staffroom.base.AccessPeriod;
import app.staffroom.base.ProviderRules;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Everything the create-user wizard collects about a new teammate. The name is a new person's: someone
 * who already has a Staffroom login joins with the name of that login, and the name here is not asked.
 */
public record NewTeammate(
        @Nullable UUID roleId,
        Set<UUID> locationIds,
        @Nullable UUID defaultLocationId,
        String firstName,
        String lastName,
        String email,
        List<String> phones,
        Provider provider,
        Booking booking,
        AccessPeriod accessPeriod) {

    /** A new teammate without an access period: from acceptance on, until someone deactivates them. */
    public NewTeammate(@Nullable UUID roleId, Set<UUID> locationIds, @Nullable UUID defaultLocationId, String firstName,
                       String lastName, String email, List<String> phones, Provider provider, Booking booking) {
        this(roleId, locationIds, defaultLocationId, firstName, lastName, email, phones, provider, booking, AccessPeriod.OPEN);
    }

    /** How the person works as a provider; ignored when {@code worksAsProvider} is false. */
    public record Provider(
            boolean worksAsProvider,
            boolean mdConsentRequired,
            @Nullable UUID supervisorId,
            boolean availableForSmartBooking,
            String appointmentColour,
            int capacity,
            int schedulingStepMinutes,
            @Nullable Integer proceduresPerWeek,
            @Nullable Integer proceduresPerMonth,
            @Nullable BigDecimal salesPerMonth,
            String npi) {

        public static Provider none() {
            return new Provider(false, false, null, false, ProviderRules.COLOUR_DEFAULT, ProviderRules.CAPACITY_DEFAULT,
                    ProviderRules.STEP_DEFAULT, null, null, null, "");
        }

        /** A provider with the default settings. */
        public static Provider defaults() {
            return new Provider(true, false, null, false, ProviderRules.COLOUR_DEFAULT, ProviderRules.CAPACITY_DEFAULT,
                    ProviderRules.STEP_DEFAULT, null, null, null, "");
        }
    }

    /** The client-facing booking profile. */
    public record Booking(String displayName, String displayTitle, String bio) {

        public static Booking empty() {
            return new Booking("", "", "");
        }
    }
}
