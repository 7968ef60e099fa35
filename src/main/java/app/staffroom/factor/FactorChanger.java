package app.staffroom.factor;

import app.staffroom.base.PermissionRefusedException;
import app.staffroom.base.Phrase;
import app.staffroom.security.CurrentActor;
import app.staffroom.security.SecondFactorDue;
import java.time.Clock;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * Who may change sign-in factors in this session: a signed-in person who proved who they are within the last
 * five minutes (OWASP ASVS 5.0 V7.5.1), or a sign-in that stopped after the password because a practice
 * requires a factor (the password was just proved). Read where the session is at hand, like
 * {@link CurrentActor}.
 */
final class FactorChanger {

    private FactorChanger() {
    }

    static Mono<UUID> account(CurrentActor current, Clock clock) {
        var signedIn = current.account();
        if (signedIn.isPresent()) {
            return current.provedRecently(clock.instant()) ? Mono.just(signedIn.get().accountId())
                    : Mono.error(new ProofNeededException());
        }
        return current.pendingSignIn().filter(pending -> pending.due() == SecondFactorDue.ENROL)
                .map(pending -> Mono.just(pending.accountId()))
                .orElseGet(() -> Mono.error(new PermissionRefusedException(new Phrase("refusals.factor.signInToChange"))));
    }
}
