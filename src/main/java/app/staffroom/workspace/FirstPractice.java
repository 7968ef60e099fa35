package app.staffroom.workspace;

import app.staffroom.base.EmailAddresses;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The first practice of an instance with its owner, written in the caller's transaction, for the setup
 * page and the headless setup. Callers hold {@link #lockInstance} and have found no practice.
 */
@Component
class FirstPractice {

    /** What the setup made. */
    record Created(UUID workspaceId, UUID locationId, UUID accountId, UUID ownerTeammateId) {
    }

    /** Any constant: the key of the transaction-scoped advisory lock that lets one setup run at a time. */
    private static final long SETUP_LOCK = 0x5374616666726f6fL;

    private final DatabaseClient db;
    private final PracticeFactory factory;
    private final Clock clock;

    FirstPractice(DatabaseClient db, PracticeFactory factory, Clock clock) {
        this.db = db;
        this.factory = factory;
        this.clock = clock;
    }

    /**
     * Waits until no other setup (of any node) is under way, then holds that until the transaction ends:
     * the setup page and the headless setup of two nodes cannot both create a first practice.
     */
    Mono<Void> lockInstance() {
        return db.sql("select pg_advisory_xact_lock(:key)").bind("key", SETUP_LOCK).fetch().rowsUpdated().then();
    }

    /** True when the database holds at least one practice. */
    Mono<Boolean> anyPractice() {
        return db.sql("select exists (select 1 from workspace) as present")
                .map(row -> Boolean.TRUE.equals(row.get("present", Boolean.class)))
                .one();
    }

    /**
     * The practice, its clinic and roles, the owner's account (with {@code passwordHash}, or none until an
     * invitation is accepted), the owner as an Admin teammate (active with a password, pending without),
     * and the owner as an operator of the instance. The fields have passed {@link SetupRules}.
     */
    Mono<Created> create(NewPractice practice, PracticeOwner owner, @Nullable String passwordHash) {
        return factory.create(practice).flatMap(created -> account(owner, passwordHash)
                .flatMap(account -> factory.addOwner(created, account, passwordHash != null)
                        .flatMap(teammate -> db.sql("insert into instance_operator (account_id) values (:a) on conflict do nothing")
                                .bind("a", account).fetch().rowsUpdated()
                                .thenReturn(new Created(created.workspaceId(), created.locationId(), account, teammate)))));
    }

    /** What the audit trail keeps of a setup. */
    static Map<String, String> audited(NewPractice practice, PracticeOwner owner, String through) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", practice.name().strip());
        values.put("bookingPageAddress", practice.slug());
        values.put("country", practice.country());
        values.put("timeZone", practice.timeZone());
        values.put("currency", PracticeRules.country(practice.country()).orElseThrow().currency().getCurrencyCode());
        values.put("firstClinic", practice.locationName().strip());
        values.put("owner", owner.firstName().strip() + " " + owner.lastName().strip() + " <"
                + EmailAddresses.canonical(owner.email()) + ">");
        values.put("setUpThrough", through);
        return values;
    }

    /** The owner's new account: a database without any practice has no account (accounts come with practices). */
    private Mono<UUID> account(PracticeOwner owner, @Nullable String passwordHash) {
        UUID id = UUID.randomUUID();
        var insert = db.sql("""
                        insert into account (id, email, first_name, last_name, password_hash, updated_at)
                        values (:id, :email, :first, :last, :hash, :now)
                        """)
                .bind("id", id).bind("email", EmailAddresses.canonical(owner.email()))
                .bind("first", owner.firstName().strip()).bind("last", owner.lastName().strip())
                .bind("now", clock.instant());
        insert = passwordHash == null ? insert.bindNull("hash", String.class) : insert.bind("hash", passwordHash);
        return insert.fetch().rowsUpdated().thenReturn(id);
    }
}
