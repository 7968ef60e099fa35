package app.staffroom.credential;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the Credentials screen lists.
 *
 * @param dueOnly  true for what has lapsed or expires within {@value Standing#HORIZON_DAYS} days of the practice's
 *                 today; false for every credential
 * @param location only providers with access to this location; null for all
 * @param type     only credentials of this type; null for all
 */
public record CredentialFilter(boolean dueOnly, @Nullable UUID location, @Nullable CredentialType type) {

    /** What has lapsed or expires within 90 days, at every location, of every type. */
    public static final CredentialFilter DUE = new CredentialFilter(true, null, null);
}
