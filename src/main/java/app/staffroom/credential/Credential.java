package app.staffroom.credential;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A provider's credential as screens show it.
 *
 * @param locations    the provider's locations, by name, comma-separated
 * @param documentType the media type of the scanned document ({@code application/pdf}, {@code image/jpeg},
 *                     {@code image/png}), or null without one
 * @param daysLeft     days from the practice's today to the expiry date: 0 on the last valid day, negative once
 *                     lapsed; null for a credential that does not expire
 * @param version      for optimistic locking: a change names the version it was made on
 */
public record Credential(UUID id, UUID teammateId, String providerName, String locations, CredentialType type,
                         String customType, String number, String issuer, @Nullable LocalDate issuedOn,
                         @Nullable LocalDate expiresOn, boolean required, @Nullable String documentType,
                         @Nullable Long daysLeft, int version) {

    /** The type as people read it: the custom name for {@link CredentialType#CUSTOM}. */
    public String typeName() {
        return typeName(app.staffroom.base.Messages.currentLocale());
    }

    /** The type in {@code locale}: the custom name, as typed, for {@link CredentialType#CUSTOM}. */
    public String typeName(java.util.Locale locale) {
        return type == CredentialType.CUSTOM ? customType : app.staffroom.base.Messages.label(type, locale);
    }

    /** The credential as it is, to edit. */
    public CredentialDraft draft() {
        return new CredentialDraft(type, customType, number, issuer, issuedOn, expiresOn, required);
    }

    /** True once the expiry date has passed in the practice's time zone. */
    public boolean lapsed() {
        return daysLeft != null && daysLeft < 0;
    }

    /** "Lapsed 3 days ago", "Expires today", "Expires in 12 days", "Valid" or "Does not expire". */
    public String standing() {
        return Standing.describe(daysLeft, app.staffroom.base.Messages.currentLocale());
    }

    /** {@link #standing()} in {@code locale}. */
    public String standing(java.util.Locale locale) {
        return Standing.describe(daysLeft, locale);
    }
}
