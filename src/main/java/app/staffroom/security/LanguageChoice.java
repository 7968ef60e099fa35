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
 * chooses only their own; the choice belongs to the account, so it holds in every practice.
 */
@Service
public class LanguageChoice {

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
     * The language emails to {@code accountId} are written in: the person's choice, else empty (the caller decides;
     * English for mail no one in particular asked for).
     */
    public Mono<Optional<Locale>> of(UUID accountId) {
        return db.sql("select language from account where id = :id").bind("id", accountId)
                .map(row -> Optional.ofNullable(Languages.ofTag(row.get(0, String.class))))
                .one().defaultIfEmpty(Optional.empty());
    }

    /**
     * The language of mail to the account {@code recipient}: its chosen language, else that of the account
     * {@code cause} whose action sends the mail (null when no one's does), else English.
     */
    public Mono<Locale> forMail(@Nullable UUID recipient, @Nullable UUID cause) {
        Mono<Optional<Locale>> own = recipient == null ? Mono.just(Optional.empty()) : of(recipient);
        return own.flatMap(chosen -> chosen.isPresent() || cause == null ? Mono.just(chosen) : of(cause))
                .map(chosen -> chosen.orElse(Languages.DEFAULT));
    }

    /** As {@link #forMail(UUID, UUID)} for mail to an address, whose account (if any) is found by its email. */
    public Mono<Locale> forMailTo(String email, @Nullable UUID cause) {
        return ofEmail(email).flatMap(chosen -> chosen.isPresent() || cause == null ? Mono.just(chosen) : of(cause))
                .map(chosen -> chosen.orElse(Languages.DEFAULT));
    }

    /** The language chosen by the account with {@code email}, if any (for mail to an address). */
    public Mono<Optional<Locale>> ofEmail(String email) {
        return db.sql("select language from account where lower(email) = lower(:email)").bind("email", email)
                .map(row -> Optional.ofNullable(Languages.ofTag(row.get(0, String.class))))
                .one().defaultIfEmpty(Optional.empty());
    }
}
