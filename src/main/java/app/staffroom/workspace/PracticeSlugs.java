package app.staffroom.workspace;

import app.staffroom.base.FieldRefusedException;
import app.staffroom.base.Messages;
import app.staffroom.base.Phrase;
import app.staffroom.base.ChangeRefusedException;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * Booking-page addresses: each names one practice, and an address a practice left keeps leading to it
 * (by a redirect) for {@link #REDIRECT_DAYS} days, during which no other practice can take it.
 */
final class PracticeSlugs {

    static final int REDIRECT_DAYS = 90;
    static final Phrase TAKEN = new Phrase("refusals.workspace.addressTaken");

    private PracticeSlugs() {
    }

    /** {@code taken} (such as {@link #TAKEN}) as a refusal of the form's field {@code field}. */
    static FieldRefusedException refusedOn(String field, ChangeRefusedException taken) {
        Phrase phrase = taken.phrase();
        return phrase == null ? new FieldRefusedException(field, () -> taken.in(Messages.currentLocale()))
                : new FieldRefusedException(field, phrase);
    }

    /** Refused with {@link #TAKEN} when another practice than {@code owner} has or recently had the address. */
    static Mono<Void> requireFree(DatabaseClient db, String slug, @Nullable UUID owner, Instant now) {
        return db.sql("""
                        select exists (select 1 from workspace where slug = :slug and id is distinct from :owner)
                            or exists (select 1 from practice_slug_redirect
                                        where slug = :slug and until > :now and workspace_id is distinct from :owner) as taken
                        """)
                .bind("slug", slug).bind("now", now)
                .bind("owner", owner == null ? new UUID(0, 0) : owner)
                .map(row -> Boolean.TRUE.equals(row.get("taken", Boolean.class)))
                .one()
                .flatMap(taken -> taken ? Mono.error(new ChangeRefusedException(TAKEN)) : Mono.empty());
    }

    /**
     * The practice moves from {@code from} to {@code to}: the old address leads here for {@link #REDIRECT_DAYS}
     * days, and an address of its own it takes back stops being a redirect.
     */
    static Mono<Void> move(DatabaseClient db, UUID practice, String from, String to, Instant now) {
        return db.sql("delete from practice_slug_redirect where slug = :to and workspace_id = :w")
                .bind("to", to).bind("w", practice).fetch().rowsUpdated()
                .then(db.sql("""
                                insert into practice_slug_redirect (slug, workspace_id, until) values (:from, :w, :until)
                                on conflict (slug) do update set workspace_id = excluded.workspace_id, until = excluded.until
                                """)
                        .bind("from", from).bind("w", practice).bind("until", now.plus(java.time.Duration.ofDays(REDIRECT_DAYS)))
                        .fetch().rowsUpdated())
                .then();
    }
}
