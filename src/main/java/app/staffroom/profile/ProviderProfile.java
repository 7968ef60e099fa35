package app.staffroom.profile;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A provider's booking profile. The provider edits everything but {@code mdConsentRequired} and
 * {@code supervisor}, which the administrator sets.
 */
public record ProviderProfile(
        String displayName,
        String displayTitle,
        String bio,
        String npi,
        String taxonomyCode,
        String appointmentColour,
        int capacity,
        int schedulingStepMinutes,
        boolean availableForSmartBooking,
        @Nullable Integer goalProceduresPerWeek,
        @Nullable Integer goalProceduresPerMonth,
        @Nullable BigDecimal goalSalesPerMonth,
        boolean mdConsentRequired,
        @Nullable String supervisor) {
}
