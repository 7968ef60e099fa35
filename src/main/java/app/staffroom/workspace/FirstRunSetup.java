package app.staffroom.workspace;

import app.staffroom.audit.AuditEntry;
import app.staffroom.audit.AuditTrail;
import app.staffroom.base.ChangeRefusedException;
import app.staffroom.live.LiveEvent;
import app.staffroom.security.Accounts;
import app.staffroom.security.Actor;
import app.staffroom.security.PasswordPolicy;
import app.staffroom.security.SignedInAccount;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * The setup page's side of the first run: a fresh instance (no practice) is claimed with the one-time
 * link printed on the console at start ({@link FirstRunStartup}); the link is the credential, nobody is
 * signed in. Once a practice exists the setup is over for good.
 */
@Service
public class FirstRunSetup {

    private final FirstPractice firstPractice;
    private final SetupToken setupToken;
    private final PasswordPolicy passwordPolicy;
    private final Accounts accounts;
    private final AuditTrail audit;
    private final TransactionalOperator transaction;

    FirstRunSetup(FirstPractice firstPractice, SetupToken setupToken, PasswordPolicy passwordPolicy, Accounts accounts,
                  AuditTrail audit, TransactionalOperator transaction) {
        this.firstPractice = firstPractice;
        this.setupToken = setupToken;
        this.passwordPolicy = passwordPolicy;
        this.accounts = accounts;
        this.audit = audit;
        this.transaction = transaction;
    }

    /** Whether the setup form may be shown for this link ({@code token} as found in it, possibly empty). */
    public Mono<SetupStatus> status(String token) {
        return firstPractice.anyPractice().flatMap(present -> present ? Mono.just(SetupStatus.ALREADY_SET_UP)
                : setupToken.matches(token, false).map(valid -> valid ? SetupStatus.OPEN : SetupStatus.LINK_NOT_VALID));
    }

    /**
     * The password's problems under the acceptance rules ({@link PasswordPolicy}, OWASP ASVS 5.0 V6.2), with
     * the owner's name and email as the words it must not be built from; empty when it is acceptable.
     */
    public List<String> passwordProblems(String password, PracticeOwner owner) {
        String email = owner.email().strip();
        return passwordPolicy.problems(password, List.of(owner.firstName().strip(), owner.lastName().strip(),
                email.contains("@") ? email.substring(0, email.indexOf('@')) : email));
    }

    /**
     * Sets the instance up, in one transaction: the practice with its first clinic and built-in roles, the
     * owner's account with this password, the owner as an active Admin and an operator of the instance;
     * the link then stops working, and the setup is audited (PRACTICE_SET_UP) and announced. Returns the
     * owner's account, to sign them in.
     *
     * @throws SetupUnavailableException (as the Mono's error) for a link that is not the current one, or once a
     *                                   practice exists (of two setups at the same moment, one succeeds)
     * @throws ChangeRefusedException    (as the Mono's error) with every problem of the fields and password;
     *                                   nothing is changed
     */
    public Mono<SignedInAccount> setUp(String token, NewPractice practice, PracticeOwner owner, String password) {
        return status(token).flatMap(status -> {
            if (status != SetupStatus.OPEN) {
                return Mono.error(new SetupUnavailableException(status));
            }
            Supplier<List<String>> problems = () -> {
                List<String> found = new ArrayList<>(SetupRules.problems(practice, owner).values());
                found.addAll(passwordProblems(password, owner));
                return found;
            };
            if (!problems.get().isEmpty()) {
                return Mono.error(new ChangeRefusedException(() -> String.join(" ", problems.get())));
            }
            // Under the instance's setup lock the link and the empty database are read again: of two setups
            // at the same moment, the second finds the practice of the first.
            return accounts.hash(password).flatMap(hash -> firstPractice.lockInstance()
                    .then(firstPractice.anyPractice())
                    .flatMap(present -> present ? Mono.just(SetupStatus.ALREADY_SET_UP) : setupToken.matches(token, true)
                            .map(valid -> valid ? SetupStatus.OPEN : SetupStatus.LINK_NOT_VALID))
                    .flatMap(now -> now != SetupStatus.OPEN ? Mono.error(new SetupUnavailableException(now))
                            : firstPractice.create(practice, owner, hash))
                    .flatMap(created -> setupToken.forget()
                            .then(audit.record(new AuditEntry(new Actor(created.accountId(), created.workspaceId(),
                                            created.ownerTeammateId()), "PRACTICE_SET_UP", "PRACTICE", created.workspaceId(),
                                    practice.name().strip(), Map.of(), FirstPractice.audited(practice, owner, "setup page")),
                                    LiveEvent.Kind.PRACTICE))
                            .thenReturn(created))
                    .as(transaction::transactional))
                    .flatMap(created -> accounts.signedIn(created.accountId()));
        });
    }
}
