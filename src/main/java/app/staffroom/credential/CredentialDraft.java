package app.staffroom.credential;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A credential as a person enters it, before {@link CredentialRules} checked it.
 *
 * @param customType the name of a {@link CredentialType#CUSTOM} type; empty for the others
 * @param issuedOn   the day it was issued, or null when not known
 * @param expiresOn  the last day it is valid, or null for one that does not expire
 * @param required   true when the provider may not be booked without it (see {@link LapsedCredentialRule})
 */
public record CredentialDraft(CredentialType type, String customType, String number, String issuer,
                              @Nullable LocalDate issuedOn, @Nullable LocalDate expiresOn, boolean required) {
}
