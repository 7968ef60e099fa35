package app.staffroom.security;

import java.io.Serializable;
import java.security.Principal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The principal of an authenticated session; {@code language} is the BCP 47 tag of the language the person chose
 * when they signed in (null: their browser's).
 */
public record SignedInAccount(UUID accountId, String email, String displayName, @Nullable String language)
        implements Principal, Serializable {

    public SignedInAccount(UUID accountId, String email, String displayName) {
        this(accountId, email, displayName, null);
    }

    @Override
    public String getName() {
        return email;
    }
}
