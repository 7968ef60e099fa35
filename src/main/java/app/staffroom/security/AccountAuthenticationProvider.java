package app.staffroom.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks an email and password against the accounts, throttling failures per account. Every refusal
 * looks the same, whether the email is unknown, the password wrong or the account paused, so the
 * sign-in form never tells anyone which emails have accounts.
 */
@Component
class AccountAuthenticationProvider implements AuthenticationProvider {

    static final String REFUSAL = "Incorrect email or password";
    private static final Duration DATABASE_TIME_LIMIT = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(AccountAuthenticationProvider.class);

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final String hashOfNothing;

    AccountAuthenticationProvider(AccountRepository accounts, PasswordEncoder passwords, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
        // Compared against when there is no account, so that refusing an unknown email takes as long as a wrong password.
        this.hashOfNothing = passwords.encode("no account has this password");
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String email = String.valueOf(authentication.getName()).trim();
        String password = String.valueOf(authentication.getCredentials());
        Instant now = clock.instant();
        AccountRow account = accounts.findByEmail(email).block(DATABASE_TIME_LIMIT);
        if (account == null || account.passwordHash() == null) {
            passwords.matches(password, hashOfNothing);
            throw new BadCredentialsException(REFUSAL);
        }
        if (account.isLockedAt(now)) {
            log.info("Sign-in refused: account {} is paused until {}", account.id(), account.lockedUntil());
            throw new BadCredentialsException(REFUSAL);
        }
        if (!passwords.matches(password, account.passwordHash())) {
            recordFailure(account, now);
            throw new BadCredentialsException(REFUSAL);
        }
        accounts.recordSuccess(account.id(), now).block(DATABASE_TIME_LIMIT);
        SignedInAccount principal = new SignedInAccount(account.id(), account.email(), account.displayName());
        return UsernamePasswordAuthenticationToken.authenticated(principal, null,
                List.of(new SimpleGrantedAuthority("ROLE_USER")));
    }

    private void recordFailure(AccountRow account, Instant now) {
        AccountRow counted = accounts.countFailure(account.id(), now).block(DATABASE_TIME_LIMIT);
        if (counted == null) {
            return;
        }
        Instant lockedUntil = LoginThrottle.lockedUntil(counted.consecutiveFailedLogins(),
                counted.failuresInWindow(), counted.failureWindowStartedAt(), now);
        if (lockedUntil != null) {
            accounts.lockUntil(account.id(), lockedUntil).block(DATABASE_TIME_LIMIT);
            log.info("Account {} paused until {} after {} failed sign-ins", account.id(), lockedUntil,
                    counted.consecutiveFailedLogins());
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
