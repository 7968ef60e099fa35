package app.staffroom.security;

import java.util.UUID;
import reactor.core.publisher.Mono;

/** Decides, right after a correct password, whether the sign-in needs a second factor. */
public interface SecondFactorGate {

    /** What is still due for the account; empty when the password alone signs it in. */
    Mono<SecondFactorDue> afterPassword(UUID accountId);
}
