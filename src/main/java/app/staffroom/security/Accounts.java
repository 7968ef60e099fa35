package app.staffroom.security;

import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Passwords of accounts, for the features that ask a person to prove who they are or to choose a password. */
@Service
public class Accounts {

    private final AccountRepository accounts;
    private final PasswordCheck passwordCheck;
    private final PasswordEncoder passwords;

    Accounts(AccountRepository accounts, PasswordCheck passwordCheck, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.passwordCheck = passwordCheck;
        this.passwords = passwords;
    }

    /** True when the password is the account's; a wrong one counts towards the account's throttle. */
    public Mono<Boolean> passwordMatches(UUID accountId, String password) {
        return passwordCheck.check(accounts.findById(accountId), password).hasElement();
    }

    public Mono<Boolean> hasPassword(UUID accountId) {
        return accounts.findById(accountId).map(account -> account.passwordHash() != null).defaultIfEmpty(false);
    }

    /** Hashes the password (Argon2id) for storing it; the caller has checked it against {@link PasswordPolicy}. */
    public String hash(String password) {
        return passwords.encode(password);
    }

    public Mono<SignedInAccount> signedIn(UUID accountId) {
        return accounts.findById(accountId)
                .map(account -> new SignedInAccount(account.id(), account.email(), account.displayName()));
    }
}
