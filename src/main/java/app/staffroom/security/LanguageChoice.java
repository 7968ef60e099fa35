package app.staffroom.security;

import app.staffroom.base.Languages;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The language each person chose in My profile: their screens and the emails sent to them speak it. A person
 * chooses only their own; the choice belongs to the account, so it holds in every practice. Without a choice, the
 * emails speak the language their browser asked for at their last sign-in ({@link #rememberBrowser}).
 */
@Service
public class LanguageChoice {

    /**
     * The SQL expression of the language mail to the account {@code a} is written in, when known: its chosen
     * language, else its browser's at its last sign-in (a language tag, or null).
     */
    public static final String RECIPIENT_LANGUAGE = "coalesce(a.language, a.browser_language)";

    private final DatabaseClient db;

    LanguageChoice(DatabaseClient db) {
        this.db = db;
    }

    /** The signed-in person's chosen language; empty when they follow their browser. */
    public Mono<Optional<Locale>> mine(SignedInAccount me) {
        return of(me.accountId());
    }

    /**
     * Chooses {@code language} (one of {@link Languages#SUPPORTED}) for the signed-in person, or their browser's
     * languages when null. Errors with {@link IllegalArgumentException} for a language Staffroom does not speak.
     */
    public Mono<Void> choose(SignedInAccount me, @Nullable Locale language) {
        if (language != null && Languages.ofTag(language.toLanguageTag()) == null) {
            return Mono.error(new IllegalArgumentException("Staffroom does not speak " + language.toLanguageTag()));
        }
        var update = db.sql("update account set language = :language, updated_at = now() where id = :id")
                .bind("id", me.accountId());
        update = language == null ? update.bindNull("language", String.class)
                : update.bind("language", language.getLanguage());
        return update.then();
    }

    /**
     * Remembers the language the browser asks for in its {@code Accept-Language} header, at a sign-in, among those
     * Staffroom speaks (none when it asks for none of them). A sign-in whose request has no such header changes
     * nothing.
     */
    public Mono<Void> rememberBrowser(UUID accountId, @Nullable String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Mono.empty();
        }
        Locale asked = Languages.ofAcceptLanguage(acceptLanguage);
        var update = db.sql("update account set browser_language = :language where id = :id "
                        + "and browser_language is distinct from :language")
                .bind("id", accountId);
        update = asked == null ? update.bindNull("language", String.class) : update.bind("language", asked.getLanguage());
        return update.then();
    }

    /**
     * The language the person chose in My profile; empty when they follow their browser (the caller decides;
     * English for mail no one in particular asked for).
     */
    public Mono<Optional<Locale>> of(UUID accountId) {
        return db.sql("select language from account where id = :id").bind("id", accountId)
                .map(row -> Optional.ofNullable(Languages.ofTag(row.get(0, String.class))))
                .one().defaultIfEmpty(Optional.empty());
    }

    /**
     * The language mail to the account {@code accountId} is written in when it is known: the person's choice, else
     * the language their browser asked for at their last sign-in; empty when neither is known.
     */
    public Mono<Optional<Locale>> ofRecipient(UUID accountId) {
        return db.sql("select " + RECIPIENT_LANGUAGE + " from account a where a.id = :id").bind("id", accountId)
                .map(row -> Optional.ofNullable(Languages.ofTag(row.get(0, String.class))))
                .one().defaultIfEmpty(Optional.empty());
    }

    /**
     * The language of mail to the account {@code recipient}: its chosen language, else its browser's language at
     * its last sign-in, else that of the account {@code cause} whose action sends the mail (its choice, else its
     * browser's at its last sign-in; null when no one's action sends it), else English.
     */
    public Mono<Locale> forMail(@Nullable UUID recipient, @Nullable UUID cause) {
        Mono<Optional<Locale>> own = recipient == null ? Mono.just(Optional.empty()) : ofRecipient(recipient);
        return own.flatMap(chosen -> chosen.isPresent() || cause == null ? Mono.just(chosen) : ofRecipient(cause))
                .map(chosen -> chosen.orElse(Languages.DEFAULT));
    }

    /** As {@link #forMail(UUID, UUID)} for mail to an address, whose account (if any) is found by its email. */
    public Mono<Locale> forMailTo(String email, @Nullable UUID cause) {
        return ofEmail(email).flatMap(chosen -> chosen.isPresent() || cause == null ? Mono.just(chosen) : ofRecipient(cause))
                .map(chosen -> chosen.orElse(Languages.DEFAULT));
    }

    /**
     * The language of mail to the account with {@code email}, if there is one and its language is known (see
     * {@link #ofRecipient}).
     */
    public Mono<Optional<Locale>> ofEmail(String email) {
        return db.sql("select " + RECIPIENT_LANGUAGE + " from account a where lower(a.email) = lower(:email)")
                .bind("email", email)
                .map(row -> Optional.ofNullable(Languages.ofTag(row.get(0, String.class))))
                .one().defaultIfEmpty(Optional.empty());
    }
}
