package app.staffroom.credential;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The SQL of the credential table; every statement is scoped by workspace. */
final class CredentialRecords {

    /** A credential's columns for {@link #credential}, with its days left in the practice's time zone at {@code :now}. */
    static final String COLUMNS = """
            c.id, c.teammate_id, a.first_name || ' ' || a.last_name as provider,
            coalesce((select string_agg(l.name, ', ' order by l.name) from teammate_location tl
                        join location l on l.id = tl.location_id and l.workspace_id = tl.workspace_id
                       where tl.teammate_id = c.teammate_id and tl.workspace_id = c.workspace_id
                         and l.archived_at is null), '') as locations,
            c.type, c.custom_type, c.number, c.issuer, c.issued_on, c.expires_on, c.required, c.document_type,
            c.expires_on - (:now at time zone w.time_zone)::date as days_left, c.version
            """;

    static final String JOINS = """
            join teammate t on t.id = c.teammate_id and t.workspace_id = c.workspace_id
            join account a on a.id = t.account_id
            join workspace w on w.id = c.workspace_id
            """;

    private final DatabaseClient db;

    CredentialRecords(DatabaseClient db) {
        this.db = db;
    }

    Flux<Credential> ofTeammate(UUID workspace, UUID teammate, Instant now) {
        return db.sql("select " + COLUMNS + " from credential c " + JOINS
                        + " where c.workspace_id = :w and c.teammate_id = :t order by c.expires_on nulls last, c.type, c.id")
                .bind("w", workspace).bind("t", teammate).bind("now", now)
                .map(CredentialRecords::credential).all();
    }

    Mono<Credential> find(UUID workspace, UUID credential, Instant now) {
        return db.sql("select " + COLUMNS + " from credential c " + JOINS + " where c.workspace_id = :w and c.id = :id")
                .bind("w", workspace).bind("id", credential).bind("now", now)
                .map(CredentialRecords::credential).one();
    }

    Mono<UUID> insert(UUID workspace, UUID teammate, CredentialDraft draft) {
        return values(db.sql("""
                        insert into credential (workspace_id, teammate_id, type, custom_type, number, issuer, issued_on,
                                                expires_on, required)
                        values (:w, :t, :type, :custom, :number, :issuer, :issued, :expires, :required)
                        returning id
                        """), draft)
                .bind("w", workspace).bind("t", teammate)
                .map(row -> Objects.requireNonNull(row.get("id", UUID.class))).one();
    }

    /** Rows changed: 0 when the credential was changed since {@code version}. */
    Mono<Long> update(UUID workspace, UUID credential, CredentialDraft draft, int version) {
        return values(db.sql("""
                        update credential set type = :type, custom_type = :custom, number = :number, issuer = :issuer,
                                              issued_on = :issued, expires_on = :expires, required = :required,
                                              updated_at = now(), version = version + 1
                         where workspace_id = :w and id = :id and version = :version
                        """), draft)
                .bind("w", workspace).bind("id", credential).bind("version", version)
                .fetch().rowsUpdated();
    }

    Mono<Long> delete(UUID workspace, UUID credential, int version) {
        return db.sql("delete from credential where workspace_id = :w and id = :id and version = :version")
                .bind("w", workspace).bind("id", credential).bind("version", version).fetch().rowsUpdated();
    }

    Mono<Long> document(UUID workspace, UUID credential, byte @Nullable [] document, @Nullable String mediaType) {
        GenericExecuteSpec spec = db.sql("""
                        update credential set document = :document, document_type = :type, updated_at = now(),
                                              version = version + 1
                         where workspace_id = :w and id = :id
                        """)
                .bind("w", workspace).bind("id", credential);
        spec = document == null ? spec.bindNull("document", byte[].class) : spec.bind("document", document);
        spec = mediaType == null ? spec.bindNull("type", String.class) : spec.bind("type", mediaType);
        return spec.fetch().rowsUpdated();
    }

    Mono<byte[]> documentBytes(UUID workspace, UUID credential) {
        return db.sql("select document from credential where workspace_id = :w and id = :id and document is not null")
                .bind("w", workspace).bind("id", credential)
                .map(row -> Objects.requireNonNull(row.get("document", byte[].class))).one();
    }

    private static GenericExecuteSpec values(GenericExecuteSpec spec, CredentialDraft draft) {
        spec = spec.bind("type", draft.type().name())
                .bind("custom", draft.type() == CredentialType.CUSTOM ? draft.customType().strip() : "")
                .bind("number", draft.number().strip()).bind("issuer", draft.issuer().strip())
                .bind("required", draft.required());
        spec = date(spec, "issued", draft.issuedOn());
        return date(spec, "expires", draft.expiresOn());
    }

    private static GenericExecuteSpec date(GenericExecuteSpec spec, String name, @Nullable LocalDate date) {
        return date == null ? spec.bindNull(name, LocalDate.class) : spec.bind(name, date);
    }

    static Credential credential(Readable row) {
        Integer daysLeft = row.get("days_left", Integer.class);
        return new Credential(Objects.requireNonNull(row.get("id", UUID.class)),
                Objects.requireNonNull(row.get("teammate_id", UUID.class)),
                Objects.requireNonNull(row.get("provider", String.class)),
                Objects.requireNonNull(row.get("locations", String.class)),
                CredentialType.valueOf(row.get("type", String.class)),
                Objects.requireNonNull(row.get("custom_type", String.class)),
                Objects.requireNonNull(row.get("number", String.class)),
                Objects.requireNonNull(row.get("issuer", String.class)),
                row.get("issued_on", LocalDate.class), row.get("expires_on", LocalDate.class),
                Boolean.TRUE.equals(row.get("required", Boolean.class)), row.get("document_type", String.class),
                daysLeft == null ? null : daysLeft.longValue(),
                Objects.requireNonNull(row.get("version", Integer.class)));
    }
}
