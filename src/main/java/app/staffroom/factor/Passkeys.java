package app.staffroom.factor;

import app.staffroom.base.Phrase;
import app.staffroom.base.ChangeRefusedException;
import app.staffroom.base.TypedText;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.webauthn.api.AuthenticatorAssertionResponse;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.PublicKeyCredential;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.jackson.WebauthnJacksonModule;
import org.springframework.security.web.webauthn.management.ImmutablePublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.ImmutablePublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.ImmutableRelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyPublicKey;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Passkeys (WebAuthn Level 3) through Spring Security's relying-party operations (webauthn4j underneath): the
 * options a browser needs to create or use a passkey, and the checks of what it sends back. The relying party
 * is the host of {@code staffroom.public-url}, the only origin accepted. User verification is required, so a
 * passkey proves possession and the person (a PIN or biometric) and can be the whole sign-in.
 * <p>
 * Ceremonies are two calls: options first (JSON for the browser, plus the options object the caller keeps),
 * then the browser's answer checked against them. Every call runs on a worker thread.
 */
@Component
public class Passkeys {

    /** Options the browser is given; the caller keeps the object to check the answer against. */
    public record Registration(String json, PublicKeyCredentialCreationOptions options, UUID account) {
    }

    /** A sign-in challenge; {@code account} null when any passkey of this site may answer. */
    public record Challenge(String json, PublicKeyCredentialRequestOptions options, @Nullable UUID account) {
    }

    /** The longest name of a passkey, in characters. */
    public static final int LABEL_MAX = 60;
    private static final Logger log = LoggerFactory.getLogger(Passkeys.class);

    private final PasskeyStore store;
    private final Webauthn4JRelyingPartyOperations operations;
    private final JsonMapper json = JsonMapper.builder().addModule(new WebauthnJacksonModule()).build();

    Passkeys(DatabaseClient db, @Value("${staffroom.public-url}") String publicUrl) {
        this.store = new PasskeyStore(db);
        URI site = URI.create(publicUrl);
        String origin = site.getScheme() + "://" + site.getHost() + (site.getPort() < 0 ? "" : ":" + site.getPort());
        this.operations = new Webauthn4JRelyingPartyOperations(store.users(), store,
                PublicKeyCredentialRpEntity.builder().id(site.getHost()).name("Staffroom").build(), Set.of(origin));
        operations.setCustomizeCreationOptions(options -> options.authenticatorSelection(
                AuthenticatorSelectionCriteria.builder().residentKey(ResidentKeyRequirement.REQUIRED)
                        .userVerification(UserVerificationRequirement.REQUIRED).build()));
        operations.setCustomizeRequestOptions(options -> options.userVerification(UserVerificationRequirement.REQUIRED));
    }

    /**
     * The problem with a passkey's name, or null when it is fine: visible, at most 60 characters, and under the
     * rules of every typed text ({@link TypedText}: no control characters, no bidirectional overrides).
     */
    public static @Nullable String labelProblem(String label) {
        Phrase refusal = labelRefusal(label);
        return refusal == null ? null : refusal.text();
    }

    /** {@link #labelProblem} as a refusal, worded when shown in the reader's language; null when fine. */
    static @Nullable Phrase labelRefusal(String label) {
        if (TypedText.isInvisible(label)) {
            return new Phrase("refusals.factor.passkeyUnnamed");
        }
        int length = label.strip().codePointCount(0, label.strip().length());
        if (length > LABEL_MAX) {
            return new Phrase("refusals.factor.passkeyNameTooLong", LABEL_MAX, length);
        }
        return TypedText.phrase(label);
    }

    Mono<Registration> registrationOptions(UUID account) {
        return Mono.fromCallable(() -> {
            var authentication = UsernamePasswordAuthenticationToken.authenticated(account.toString(), null, List.of());
            PublicKeyCredentialCreationOptions options = operations.createPublicKeyCredentialCreationOptions(
                    new ImmutablePublicKeyCredentialCreationOptionsRequest(authentication));
            return new Registration(json.writeValueAsString(options), options, account);
        }).subscribeOn(Schedulers.boundedElastic());
    }

    /**
     * Checks the browser's new credential against {@code registration} and keeps it under {@code label}.
     * Fails with {@link ChangeRefusedException} when the label is not acceptable or the answer does not verify.
     */
    Mono<Void> register(Registration registration, String credentialJson, String label) {
        Phrase problem = labelRefusal(label);
        if (problem != null) {
            return Mono.error(new ChangeRefusedException(problem));
        }
        return Mono.fromRunnable(() -> {
            RelyingPartyPublicKey key;
            try {
                var parsed = json.readValue(credentialJson, RelyingPartyPublicKey.class);
                key = new RelyingPartyPublicKey(parsed.getCredential(), label.strip());
                operations.registerCredential(new ImmutableRelyingPartyRegistrationRequest(registration.options(), key));
            } catch (RuntimeException refused) {
                log.info("A passkey registration was refused: {}", refused.getClass().getSimpleName());
                throw new ChangeRefusedException(new Phrase("refusals.factor.passkeyNotAdded"));
            }
        }).subscribeOn(Schedulers.boundedElastic()).then();
    }

    Mono<Challenge> challenge(@Nullable UUID account) {
        return Mono.fromCallable(() -> {
            var authentication = account == null ? null
                    : UsernamePasswordAuthenticationToken.authenticated(account.toString(), null, List.of());
            PublicKeyCredentialRequestOptions options = operations.createCredentialRequestOptions(
                    new ImmutablePublicKeyCredentialRequestOptionsRequest(authentication));
            return new Challenge(json.writeValueAsString(options), options, account);
        }).subscribeOn(Schedulers.boundedElastic());
    }

    /**
     * The account whose passkey answered {@code challenge}; empty when the answer does not verify (a wrong
     * signature, another site's origin, a challenge not made here, a signature counter that did not grow, an
     * unknown passkey) or, for
     * a challenge made for one account, when another account's passkey answered.
     */
    Mono<UUID> verify(Challenge challenge, String assertionJson) {
        return Mono.fromCallable(() -> {
            try {
                JavaType type = json.getTypeFactory().constructParametricType(PublicKeyCredential.class,
                        AuthenticatorAssertionResponse.class);
                PublicKeyCredential<AuthenticatorAssertionResponse> credential = json.readValue(assertionJson, type);
                var before = store.findByCredentialId(credential.getRawId());
                PublicKeyCredentialUserEntity user = operations.authenticate(
                        new RelyingPartyAuthenticationRequest(challenge.options(), credential));
                var after = store.findByCredentialId(credential.getRawId());
                // A signature counter that does not grow means a copy of the authenticator answered
                // (WebAuthn Level 3, section 6.1.1); authenticators that keep no counter send 0 every time.
                if (before != null && after != null && (before.getSignatureCount() != 0 || after.getSignatureCount() != 0)
                        && after.getSignatureCount() <= before.getSignatureCount()) {
                    log.warn("A passkey answered with a signature counter that did not grow: refused as a possible copy");
                    return null;
                }
                UUID account = store.accountOf(user.getId());
                return account != null && (challenge.account() == null || challenge.account().equals(account))
                        ? account : null;
            } catch (RuntimeException refused) {
                log.info("A passkey sign-in was refused: {}", refused.getClass().getSimpleName());
                return null;
            }
        }).subscribeOn(Schedulers.boundedElastic());
    }

    Mono<Void> remove(UUID account, String credentialId) {
        return Mono.fromRunnable(() -> {
            var id = org.springframework.security.web.webauthn.api.Bytes.fromBase64(credentialId);
            var found = store.findByCredentialId(id);
            if (found == null || !account.equals(store.accountOf(found.getUserEntityUserId()))) {
                throw new ChangeRefusedException(new Phrase("refusals.factor.passkeyNotYours"));
            }
            store.delete(id);
        }).subscribeOn(Schedulers.boundedElastic()).then();
    }
}
