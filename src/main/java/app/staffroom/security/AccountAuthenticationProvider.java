package app.staffroom.security;

import app.staffroom.base.TypedText;
import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
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

    AccountAuthenticationProvider(AccountRepository accounts, PasswordCheck passwordCheck) {
        this.accounts = accounts;
        this.passwordCheck = passwordCheck;
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
            throw new BadCredentialsException(REFUSAL);
        }
        return signedIn(account);
    }

    static Authentication signedIn(AccountRow account) {
        return signedIn(new SignedInAccount(account.id(), account.email(), account.displayName()));
    }

    /** The authentication of a signed-in session, however the person proved who they are. */
    static Authentication signedIn(SignedInAccount account) {
        return UsernamePasswordAuthenticationToken.authenticated(account, null,
                List.of(new SimpleGrantedAuthority("ROLE_USER")));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
