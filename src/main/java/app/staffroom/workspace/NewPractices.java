package app.staffroom.workspace;

import app.staffroom.base.PermissionRefusedException;
import app.staffroom.base.Phrase;
import app.staffroom.audit.AuditTrail;
import app.staffroom.base.EmailAddresses;
import app.staffroom.base.FieldRefusedException;
import app.staffroom.invite.FirstAdministrators;
import app.staffroom.live.LiveEvent;
import app.staffroom.security.SignedInAccount;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Further practices on this instance, created by its operators (the first owner, and whoever an operator
 * makes one): the practice, its first clinic and built-in roles, and its first administrator, who owns it
 * and is invited by email (an existing account joins with its own password and an emailed code). The new
 * practice shares nothing with the others.
 */
@Service
public class NewPractices {

    /**
     * A practice just created. {@code existingAccount}: its administrator already had a Staffroom account and
     * joins with it, under the name it has (the name typed for them is not used).
     */
    public record Created(UUID workspaceId, boolean existingAccount) {
    }

    private final DatabaseClient db;
    private final PracticeFactory factory;
    private final FirstAdministrators firstAdministrators;
    private final AuditTrail audit;
    private final TransactionalOperator transaction;

    NewPractices(DatabaseClient db, PracticeFactory factory, FirstAdministrators firstAdministrators, AuditTrail audit,
                 TransactionalOperator transaction) {
        this.db = db;
        this.factory = factory;
        this.firstAdministrators = firstAdministrators;
        this.audit = audit;
        this.transaction = transaction;
    }

    /** True when the account may create practices on this instance. */
    public Mono<Boolean> isOperator(SignedInAccount account) {
        return db.sql("select exists (select 1 from instance_operator where account_id = :a) as operator")
                .bind("a", account.accountId())
                .map(row -> Boolean.TRUE.equals(row.get("operator", Boolean.class))).one();
    }

    /**
     * Creates the practice and invites its first administrator. Refused with {@link AccessDeniedException}
     * unless the account operates the instance, and with a {@link FieldRefusedException} naming the field
     * (as in {@link SetupRules.Field}: "PRACTICE_NAME", "SLUG", ..., "OWNER_EMAIL") when a rule says no or
     * the address is taken. Audited in the new practice and announced.
     *
     * @return the new practice, and whether its administrator already had an account (whose own name is kept)
     */
    public Mono<Created> create(SignedInAccount operator, NewPractice practice, PracticeOwner administrator) {
        return requireOperator(operator).then(Mono.defer(() -> {
            var problems = SetupRules.problems(practice, administrator);
            if (!problems.isEmpty()) {
                var first = problems.keySet().iterator().next();
                return Mono.error(new FieldRefusedException(first.name(),
                        () -> String.valueOf(SetupRules.problems(practice, administrator).get(first))));
            }
            return factory.create(practice)
                    .onErrorMap(app.staffroom.base.ChangeRefusedException.class,
                            taken -> PracticeSlugs.refusedOn("SLUG", taken))
                    .flatMap(created -> existingAccount(administrator).map(Optional::of).defaultIfEmpty(Optional.empty())
                            .flatMap(existing -> (existing.isPresent() ? Mono.just(existing.get()) : newAccount(administrator))
                            .flatMap(account -> factory.addOwner(created, account, false))
                            .flatMap(owner -> audit.recordUnattended(created.workspaceId(), operator.displayName(),
                                            "PRACTICE_CREATED", "PRACTICE", created.workspaceId(), practice.name().strip(),
                                            FirstPractice.audited(practice, administrator, "an operator of the instance"),
                                            LiveEvent.Kind.PRACTICE)
                                    .then(firstAdministrators.invite(created.workspaceId(), owner, operator.displayName()))
                                    .thenReturn(new Created(created.workspaceId(), existing.isPresent())))));
        })).as(transaction::transactional);
    }

    /**
     * Makes the account with {@code email} an operator of the instance too. Only an operator may. Refused, on
     * the "email" field, for an address that is not one, that no account with a password has (someone who
     * never accepted an invitation cannot sign in to use it), or that is an operator already.
     */
    public Mono<Void> grantOperator(SignedInAccount operator, String email) {
        if (EmailAddresses.problem(email) != null) {
            return requireOperator(operator).then(Mono.error(new FieldRefusedException("email",
                    () -> String.valueOf(EmailAddresses.problem(email)))));
        }
        return requireOperator(operator).then(db.sql("""
                        select a.id, a.password_hash is not null as can_sign_in,
                               exists (select 1 from instance_operator o where o.account_id = a.id) as operator
                          from account a where lower(a.email) = lower(:email)
                        """)
                .bind("email", EmailAddresses.canonical(email))
                .map(row -> new Object[] {row.get("id", UUID.class), row.get("can_sign_in", Boolean.class),
                        row.get("operator", Boolean.class)})
                .one()
                .switchIfEmpty(Mono.error(() -> new FieldRefusedException("email",
                        new Phrase("refusals.workspace.nobodyWithAddress"))))
                .flatMap(found -> !Boolean.TRUE.equals(found[1])
                        ? Mono.error(new FieldRefusedException("email",
                                new Phrase("refusals.workspace.noPasswordYet")))
                        : Boolean.TRUE.equals(found[2])
                        ? Mono.error(new FieldRefusedException("email", new Phrase("refusals.workspace.operatorAlready")))
                        : db.sql("insert into instance_operator (account_id, granted_by) values (:a, :by)")
                                .bind("a", found[0]).bind("by", operator.accountId()).fetch().rowsUpdated().then()));
    }

    /** A practice whose owner has not joined yet: who was invited, until when the latest link works (null: none). */
    public record WaitingPractice(UUID workspaceId, String name, UUID ownerTeammateId, String ownerEmail,
                                  java.time.@org.jspecify.annotations.Nullable Instant linkWorksUntil) {
    }

    /** The practices whose owner has not joined yet, by name. Only an operator may see them. */
    public reactor.core.publisher.Flux<WaitingPractice> waiting(SignedInAccount operator) {
        return requireOperator(operator).thenMany(db.sql("""
                        select w.id, w.name, t.id as owner, a.email,
                               (select max(i.expires_at) from invitation i
                                 where i.teammate_id = t.id and i.status = 'PENDING') as until
                          from workspace w join teammate t on t.id = w.owner_teammate_id and t.workspace_id = w.id
                          join account a on a.id = t.account_id
                         where t.status = 'PENDING'
                         order by lower(w.name), w.id
                        """)
                .map(row -> new WaitingPractice(Objects.requireNonNull(row.get("id", UUID.class)),
                        Objects.requireNonNull(row.get("name", String.class)), Objects.requireNonNull(row.get("owner", UUID.class)),
                        Objects.requireNonNull(row.get("email", String.class)), row.get("until", java.time.Instant.class)))
                .all());
    }

    /**
     * Sends the waiting owner of a practice a new invitation (the older link stops working), from the operator.
     * Only an operator may; refused once the owner has joined.
     */
    public Mono<Void> reinvite(SignedInAccount operator, UUID workspaceId, UUID ownerTeammateId) {
        return requireOperator(operator)
                .then(firstAdministrators.invite(workspaceId, ownerTeammateId, operator.displayName()));
    }

    /** The instance's operators as "Name <email>", by name. Only an operator may see them. */
    public reactor.core.publisher.Flux<String> operators(SignedInAccount operator) {
        return requireOperator(operator).thenMany(db.sql("""
                        select a.first_name || ' ' || a.last_name || ' <' || a.email || '>' from instance_operator o
                          join account a on a.id = o.account_id order by lower(a.last_name), lower(a.first_name), a.id
                        """)
                .map(row -> Objects.requireNonNull(row.get(0, String.class))).all());
    }

    private Mono<Void> requireOperator(SignedInAccount account) {
        return isOperator(account).flatMap(operator -> operator ? Mono.empty()
                : Mono.error(new PermissionRefusedException(new Phrase("refusals.workspace.operatorsOnly"))));
    }

    /** The account that has the administrator's address, if there is one. */
    private Mono<UUID> existingAccount(PracticeOwner administrator) {
        return db.sql("select id from account where lower(email) = lower(:email)")
                .bind("email", EmailAddresses.canonical(administrator.email()))
                .map(row -> Objects.requireNonNull(row.get("id", UUID.class))).one();
    }

    /** A new account for the administrator, without a password until the invitation is accepted. */
    private Mono<UUID> newAccount(PracticeOwner administrator) {
        UUID id = UUID.randomUUID();
        return db.sql("insert into account (id, email, first_name, last_name) values (:id, :email, :first, :last)")
                .bind("id", id).bind("email", EmailAddresses.canonical(administrator.email()))
                .bind("first", administrator.firstName().strip()).bind("last", administrator.lastName().strip())
                .fetch().rowsUpdated().thenReturn(id);
    }
}
