package app.staffroom.security;

import app.staffroom.base.TypedText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Checks an email and password against the accounts, throttling failures per account. Every refusal
 * looks the same, whether the email is unknown, the password wrong or the account paused, so the
 * sign-in form never tells anyone which emails have accounts.
 */
@Component
class AccountAuthenticationProvider implements AuthenticationProvider {

    static final String REFUSAL = "Incorrect email or password";

    private final AccountRepository accounts;
    private final PasswordCheck passwordCheck;
    private final SecondFactorGate secondFactors;
    private final java.time.Clock clock;
    private final SignInMetrics metrics;

    AccountAuthenticationProvider(AccountRepository accounts, PasswordCheck passwordCheck,
                                  SecondFactorGate secondFactors, java.time.Clock clock, SignInMetrics metrics) {
        this.metrics = metrics;
        this.clock = clock;
        this.accounts = accounts;
        this.passwordCheck = passwordCheck;
        this.secondFactors = secondFactors;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String typed = String.valueOf(authentication.getName());
        String email = typed.strip();
        String password = String.valueOf(authentication.getCredentials());
        // Sign-in runs on the servlet thread of the login request, where waiting is allowed.
        // A control character (NUL included) is in no email or password: a plain refusal, never a database error.
        Mono<AccountRow> checked = TypedText.hasControlCharacter(typed) || TypedText.hasControlCharacter(password) || email.length() > 254
                ? passwordCheck.refuse(password)
                : passwordCheck.check(accounts.findByEmail(email), password);
        AccountRow account = checked.block(PasswordCheck.timeLimit());
        if (account == null) {
            metrics.refused(SignInMetrics.Step.PASSWORD);
            throw new BadCredentialsException(REFUSAL);
        }
        SecondFactorDue due = secondFactors.afterPassword(account.id()).block(PasswordCheck.timeLimit());
        if (due != null) {
            // Only the second-factor pages open for this session; the sign-in finishes there.
            return UsernamePasswordAuthenticationToken.authenticated(
                    new PasswordProved(account.id(), account.email(), account.displayName(), due,
                            clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS), account.language()), null,
                    List.of(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)));
        }
        metrics.finished(SignInMetrics.Step.PASSWORD);
        return signedIn(new SignedInAccount(account.id(), account.email(), account.displayName(), account.language()),
                List.of(FactorGrantedAuthority.PASSWORD_AUTHORITY));
    }

    /**
     * The authentication of a signed-in session, however the person proved who they are: the role every
     * signed-in person has plus Spring Security's factor authorities of the proofs given
     * ({@code FACTOR_PASSWORD}, {@code FACTOR_WEBAUTHN}, {@code FACTOR_TOTP}, {@code FACTOR_RECOVERY_CODE}).
     */
    static Authentication signedIn(SignedInAccount account, Collection<String> factors) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_USER"));
        factors.forEach(factor -> authorities.add(FactorGrantedAuthority.fromAuthority(factor)));
        return UsernamePasswordAuthenticationToken.authenticated(account, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
