package app.staffroom.factor;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The tables of authenticator apps and recovery codes. */
final class FactorRecords {

    /** An account's authenticator app: its sealed secret and the last step whose code was used. */
    record TotpRow(byte[] secretSealed, long lastUsedStep) {
    }

    private final DatabaseClient db;

    FactorRecords(DatabaseClient db) {
        this.db = db;
    }

    Mono<TotpRow> totp(UUID account) {
        return db.sql("select secret_sealed, last_used_step from totp_factor where account_id = :a")
                .bind("a", account)
                .map(row -> new TotpRow(Objects.requireNonNull(row.get("secret_sealed", byte[].class)),
                        Objects.requireNonNull(row.get("last_used_step", Long.class))))
                .one();
    }

    /** Keeps the step as used, unless a later one was used meanwhile (two requests at once): 1 when kept. */
    Mono<Long> useStep(UUID account, long step) {
        return db.sql("update totp_factor set last_used_step = :s where account_id = :a and last_used_step < :s")
                .bind("a", account).bind("s", step).fetch().rowsUpdated();
    }

    Mono<Long> saveTotp(UUID account, byte[] sealed, long usedStep) {
        return mustEnrol(account, false).then(db.sql("""
                        insert into totp_factor (account_id, secret_sealed, last_used_step) values (:a, :s, :step)
                        on conflict (account_id) do update set secret_sealed = excluded.secret_sealed,
                               last_used_step = excluded.last_used_step, created_at = now()
                        """)
                .bind("a", account).bind("s", sealed).bind("step", usedStep).fetch().rowsUpdated());
    }

    /** True when an administrator reset the account's factors and none was set up since. */
    Mono<Boolean> mustEnrol(UUID account) {
        return db.sql("select must_enrol_second_factor from account where id = :a").bind("a", account)
                .map(row -> Boolean.TRUE.equals(row.get(0, Boolean.class))).one().defaultIfEmpty(false);
    }

    Mono<Long> mustEnrol(UUID account, boolean must) {
        return db.sql("update account set must_enrol_second_factor = :m where id = :a").bind("a", account).bind("m", must)
                .fetch().rowsUpdated();
    }

    Mono<Long> removeTotp(UUID account) {
        return db.sql("delete from totp_factor where account_id = :a").bind("a", account).fetch().rowsUpdated();
    }

    Mono<Void> replaceRecoveryCodes(UUID account, List<byte[]> hashes) {
        return db.sql("delete from recovery_code where account_id = :a").bind("a", account).fetch().rowsUpdated()
                .thenMany(Flux.fromIterable(hashes).concatMap(hash -> db.sql(
                                "insert into recovery_code (account_id, code_hash) values (:a, :h)")
                        .bind("a", account).bind("h", hash).fetch().rowsUpdated()))
                .then();
    }

    /** Marks the code used if it is the account's and unused: 1 when it was. */
    Mono<Long> useRecoveryCode(UUID account, byte[] hash, Instant now) {
        return db.sql("""
                        update recovery_code set used_at = :now
                         where account_id = :a and code_hash = :h and used_at is null
                        """)
                .bind("a", account).bind("h", hash).bind("now", now).fetch().rowsUpdated();
    }

    /** True when the code is one of the account's and was used already. */
    Mono<Boolean> recoveryCodeUsed(UUID account, byte[] hash) {
        return db.sql("select exists (select 1 from recovery_code where account_id = :a and code_hash = :h and used_at is not null)")
                .bind("a", account).bind("h", hash).map(row -> Boolean.TRUE.equals(row.get(0, Boolean.class))).one();
    }

    Mono<Long> removeRecoveryCodes(UUID account) {
        return db.sql("delete from recovery_code where account_id = :a").bind("a", account).fetch().rowsUpdated();
    }

    Mono<Long> removePasskeys(UUID account) {
        return db.sql("delete from passkey where account_id = :a").bind("a", account).fetch().rowsUpdated();
    }

    /** What second factors the account has. */
    Mono<FactorStatus> status(UUID account) {
        return db.sql("""
                        select exists (select 1 from totp_factor where account_id = :a) as totp,
                               (select count(*) from recovery_code where account_id = :a and used_at is null) as codes
                        """)
                .bind("a", account)
                .map(row -> new Object[] {row.get("totp", Boolean.class), row.get("codes", Long.class)})
                .one()
                .zipWith(passkeys(account).collectList(), (row, keys) -> new FactorStatus(
                        Boolean.TRUE.equals(row[0]), keys, ((Long) Objects.requireNonNull(row[1])).intValue()));
    }

    Flux<PasskeySummary> passkeys(UUID account) {
        return db.sql("""
                        select credential_id, label, created_at, last_used_at from passkey
                         where account_id = :a order by created_at
                        """)
                .bind("a", account)
                .map(row -> new PasskeySummary(
                        java.util.Base64.getUrlEncoder().withoutPadding()
                                .encodeToString(Objects.requireNonNull(row.get("credential_id", byte[].class))),
                        Objects.requireNonNull(row.get("label", String.class)),
                        Objects.requireNonNull(row.get("created_at", Instant.class)),
                        row.get("last_used_at", Instant.class)))
                .all();
    }

    /** The person's name and email, for emails and audit labels. */
    Mono<Person> person(UUID account) {
        return db.sql("select email, first_name, last_name from account where id = :a").bind("a", account)
                .map(row -> new Person(account, Objects.requireNonNull(row.get("email", String.class)),
                        Objects.requireNonNull(row.get("first_name", String.class)),
                        Objects.requireNonNull(row.get("last_name", String.class))))
                .one();
    }

    record Person(UUID accountId, String email, String firstName, String lastName) {
        String name() {
            return firstName + " " + lastName;
        }
    }

}
