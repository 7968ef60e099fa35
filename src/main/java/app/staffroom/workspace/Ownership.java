package app.staffroom.workspace;

import app.staffroom.base.PermissionRefusedException;
import app.staffroom.base.Phrase;
import app.staffroom.audit.AuditEntry;
import app.staffroom.audit.AuditTrail;
import app.staffroom.base.ChangeRefusedException;
import app.staffroom.base.Messages;
import app.staffroom.live.LiveEvent;
import app.staffroom.mail.MailMessage;
import app.staffroom.mail.Outbox;
import app.staffroom.security.Accounts;
import app.staffroom.security.Actor;
import app.staffroom.security.LanguageChoice;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A practice's one owner: always an active Admin, whom nobody can deactivate or move to another role (see
 * the teammate rules), and who alone can hand the ownership to another active Admin, after proving their
 * password again (OWASP ASVS 5.0 V6.2.x re-authentication for sensitive changes).
 */
@Service
public class Ownership {

    /** A teammate with their account's name and email, as the queries below read people. */
    private static final String PEOPLE = """
            select t.id, t.account_id, a.first_name || ' ' || a.last_name as name, a.email
              from teammate t join account a on a.id = t.account_id""";

    public static final Phrase WRONG_PASSWORD = new Phrase("refusals.workspace.wrongPasswordOwnership");

    /** An active Admin the ownership can go to. */
    public record Candidate(UUID teammateId, UUID accountId, String name, String email) {
    }

    private final DatabaseClient db;
    private final Accounts accounts;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final TransactionalOperator transaction;
    private final LanguageChoice languages;

    Ownership(DatabaseClient db, Accounts accounts, AuditTrail audit, Outbox outbox, TransactionalOperator transaction,
              LanguageChoice languages) {
        this.db = db;
        this.languages = languages;
        this.accounts = accounts;
        this.audit = audit;
        this.outbox = outbox;
        this.transaction = transaction;
    }

    /** True when the actor owns their practice. */
    public Mono<Boolean> isOwner(Actor actor) {
        return db.sql("""
                        select exists (select 1 from workspace w join teammate t on t.id = w.owner_teammate_id
                                        where w.id = :w and t.id = :t and t.account_id = :a and t.status = 'ACTIVE') as owner
                        """)
                .bind("w", actor.workspaceId()).bind("t", actor.teammateId()).bind("a", actor.accountId())
                .map(row -> Boolean.TRUE.equals(row.get("owner", Boolean.class))).one();
    }

    /** The other active Admins of the owner's practice, by name. Refused unless the actor is the owner. */
    public Flux<Candidate> candidates(Actor actor) {
        return requireOwner(actor).thenMany(db.sql("""
                        %s
                          join role r on r.id = t.role_id and r.workspace_id = t.workspace_id
                         where t.workspace_id = :w and t.status = 'ACTIVE' and r.built_in = 'ADMIN' and t.id <> :me
                         order by lower(a.last_name), lower(a.first_name), t.id
                        """.formatted(PEOPLE))
                .bind("w", actor.workspaceId()).bind("me", actor.teammateId())
                .map(row -> candidate(row))
                .all());
    }

    /**
     * Hands the practice's ownership to {@code newOwner}, an active Admin of the practice other than the actor.
     * Only the owner may, with their own password (a wrong one counts towards the sign-in throttle and changes
     * nothing: {@link #WRONG_PASSWORD}). Audited, announced, and both people are emailed.
     */
    public Mono<Void> transfer(Actor actor, UUID newOwner, String password) {
        // The password is checked before, and outside, the handover's transaction: a wrong one must stay counted
        // towards the sign-in throttle when the handover is refused.
        return requireOwner(actor)
                .then(accounts.passwordMatches(actor.accountId(), password))
                .flatMap(right -> right ? Mono.<Void>empty() : Mono.error(new ChangeRefusedException(WRONG_PASSWORD)))
                .then(handOver(actor, newOwner).as(transaction::transactional));
    }

    private Mono<Void> handOver(Actor actor, UUID newOwner) {
        return db.sql("select name from workspace where id = :w for update").bind("w", actor.workspaceId())
                .map(row -> Objects.requireNonNull(row.get("name", String.class))).one()
                .flatMap(practice -> requireOwner(actor).then(person(actor.workspaceId(), actor.teammateId()))
                        .zipWith(candidate(actor, newOwner))
                        .flatMap(people -> db.sql("update workspace set owner_teammate_id = :t, version = version + 1 where id = :w")
                                .bind("t", newOwner).bind("w", actor.workspaceId()).fetch().rowsUpdated()
                                .then(audit.record(new AuditEntry(actor, "OWNERSHIP_TRANSFERRED", "PRACTICE", actor.workspaceId(),
                                        practice, Map.of("Owner", people.getT1().name()), Map.of("Owner", people.getT2().name())),
                                        LiveEvent.Kind.PRACTICE))
                                .then(tell(actor, people.getT1(), practice, "workspace.mail.ownership.youHanded",
                                        people.getT2().name()))
                                .then(tell(actor, people.getT2(), practice, "workspace.mail.ownership.handedToYou",
                                        people.getT1().name()))));
    }

    private Mono<Void> requireOwner(Actor actor) {
        return isOwner(actor).flatMap(owner -> owner ? Mono.empty()
                : Mono.error(new PermissionRefusedException(new Phrase("refusals.workspace.ownerOnly"))));
    }

    private Mono<Candidate> candidate(Actor actor, UUID teammate) {
        return db.sql("""
                        %s
                          join role r on r.id = t.role_id and r.workspace_id = t.workspace_id
                         where t.workspace_id = :w and t.id = :t and t.id <> :me and t.status = 'ACTIVE'
                           and r.built_in = 'ADMIN'
                           for share of t
                        """.formatted(PEOPLE))
                .bind("w", actor.workspaceId()).bind("t", teammate).bind("me", actor.teammateId())
                .map(row -> candidate(row))
                .one()
                .switchIfEmpty(Mono.error(() -> new ChangeRefusedException(
                        new Phrase("refusals.workspace.notACandidate"))));
    }

    private Mono<Candidate> person(UUID workspace, UUID teammate) {
        return db.sql(PEOPLE + " where t.id = :t and t.workspace_id = :w")
                .bind("t", teammate).bind("w", workspace)
                .map(row -> candidate(row))
                .one();
    }

    private static Candidate candidate(io.r2dbc.spi.Readable row) {
        return new Candidate(Objects.requireNonNull(row.get("id", UUID.class)),
                Objects.requireNonNull(row.get("account_id", UUID.class)),
                Objects.requireNonNull(row.get("name", String.class)),
                Objects.requireNonNull(row.get("email", String.class)));
    }

    /** Emails {@code person} what {@code what} says, in their language, else in that of the one who hands over. */
    private Mono<Void> tell(Actor actor, Candidate person, String practice, String what, String other) {
        return languages.forMail(person.accountId(), actor.accountId()).flatMap(language -> outbox.enqueue(
                actor.workspaceId(), person.accountId(), new MailMessage(person.email(),
                        say(language, "workspace.mail.ownership.subject", practice),
                        say(language, "workspace.mail.hello", person.name()) + "\n\n" + say(language, what, practice, other)
                                + "\n\n" + say(language, "workspace.mail.ownership.explained") + "\n", null)));
    }

    private static String say(Locale language, String key, Object... arguments) {
        return Messages.bundled().text(language, key, arguments);
    }
}
