package app.staffroom.security;

import java.io.Serializable;
import java.security.Principal;
import java.util.UUID;

/** The principal of an authenticated session. */
public record SignedInAccount(UUID accountId, String email, String displayName) implements Principal, Serializable {

    @Override
    public String getName() {
        return email;
    }
}
