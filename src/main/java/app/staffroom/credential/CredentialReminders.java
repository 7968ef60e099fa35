package app.staffroom.credential;

import app.staffroom.audit.AuditTrail;
import app.staffroom.base.Languages;
import app.staffroom.live.LiveEvent;
import app.staffroom.mail.Outbox;
import app.staffroom.schedule.CalendarJob;
import app.staffroom.schedule.PracticeRecipients;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The daily credential pass: 90, 30 and 7 days before a credential's expiry date, and the day after it (lapsed),
 * the provider and the practice's Admins are emailed, each notice once per credential and expiry date (a renewed
 * credential, with a new date, is reminded again). Days are the practice's own (its IANA time zone). A pass that
 * comes late sends only the most urgent notice that is due (see {@link Standing}); lapses older than
 * {@value #LAPSE_CATCH_UP_DAYS} days are not told any more. A lapsed credential that is required for booking is
 * also audited and announced, so an open booking page drops the provider at once (see {@link LapsedCredentialRule}).
 *
 * <p>Works in batches of {@value #BATCH} credentials, each one transaction that marks its notices in
 * {@code calendar_notice} (in bulk: {@code on conflict do nothing}, so a notice already marked, by this pass or by
 * another node, is not sent again) and queues their mail. It finds candidates on the expiry-date index only,
 * takes no row lock on teammates or accounts, and never updates them, so the teammate screens never wait on it.
 */
@Component
public class CredentialReminders implements CalendarJob {

    static final int BATCH = 1_000;
    static final int LAPSE_CATCH_UP_DAYS = 30;
    private static final String ACTOR = "Staffroom (credential reminders)";

    private final DatabaseClient db;
    private final Outbox outbox;
    private final PracticeRecipients recipients;
    private final AuditTrail audit;
    private final TransactionalOperator transaction;
    private final String publicUrl;

    CredentialReminders(DatabaseClient db, Outbox outbox, PracticeRecipients recipients, AuditTrail audit,
                        TransactionalOperator transaction, @Value("${staffroom.public-url}") String publicUrl) {
        this.db = db;
        this.outbox = outbox;
        this.recipients = recipients;
        this.audit = audit;
        this.transaction = transaction;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @Override
    public String name() {
        return "credential-reminders";
    }

    /** Hourly: a reminder goes out within the hour after the practice's day begins. */
    @Override
    public Duration every() {
        return Duration.ofHours(1);
    }

    /** @return how many credential notices were sent (each to the provider and to every Admin) */
    @Override
    public Mono<Long> run(Instant now) {
        return batch(now).expand(sent -> sent >= BATCH ? batch(now) : Mono.empty()).reduce(0L, Long::sum);
    }

    /** A notice marked in this batch, with what its mail says and to whom. */
    record Due(UUID workspace, UUID credential, UUID teammate, UUID account, String email, String firstName,
               Locale language, String provider, CredentialType type, @Nullable String customType, @Nullable String number,
               String label, LocalDate expiresOn, Standing standing, boolean required) {
    }

    private Mono<Long> batch(Instant now) {
        // Every practice's today lies within a day of UTC's: the window is cut on the index, the exact day per practice.
        LocalDate utc = LocalDate.ofInstant(now, ZoneOffset.UTC);
        return db.sql("""
                        with candidate as (
                            select c.id, c.workspace_id, c.expires_on,
                                   c.expires_on - (:now at time zone w.time_zone)::date as days_left
                              from credential c join workspace w on w.id = c.workspace_id
                             where c.expires_on between :from and :to
                        ), staged as (
                            select id, workspace_id, expires_on,
                                   case when days_left < 0 then 'CREDENTIAL_LAPSED'
                                        when days_left <= 7 then 'CREDENTIAL_EXPIRES_7D'
                                        when days_left <= 30 then 'CREDENTIAL_EXPIRES_30D'
                                        else 'CREDENTIAL_EXPIRES_90D' end as kind
                              from candidate
                             where days_left between -:lapseDays and :horizon
                        ), fresh as (
                            select s.* from staged s
                              join credential c on c.id = s.id
                              join teammate t on t.id = c.teammate_id and t.workspace_id = c.workspace_id
                             where t.status = 'ACTIVE'
                               and not exists (select 1 from calendar_notice n
                                                where n.workspace_id = s.workspace_id and n.subject_id = s.id
                                                  and n.kind = s.kind and n.occasion = s.expires_on::text)
                             order by s.workspace_id, c.teammate_id, s.id
                             limit :batch
                        ), marked as (
                            insert into calendar_notice (workspace_id, subject_id, kind, occasion, sent_at)
                            select workspace_id, id, kind, expires_on::text, :now from fresh
                            on conflict do nothing
                            returning workspace_id, subject_id, kind
                        )
                        select m.workspace_id, m.subject_id, m.kind, c.teammate_id, c.type, c.custom_type, c.number,
                               c.expires_on, c.required, a.id as account_id, a.email, a.first_name,
                               coalesce(a.language, a.browser_language) as language,
                               a.first_name || ' ' || a.last_name as provider
                          from marked m
                          join credential c on c.id = m.subject_id
                          join teammate t on t.id = c.teammate_id and t.workspace_id = c.workspace_id
                          join account a on a.id = t.account_id
                         order by m.workspace_id, c.teammate_id, c.expires_on
                        """)
                .bind("now", now).bind("from", utc.minusDays(LAPSE_CATCH_UP_DAYS + 1))
                .bind("to", utc.plusDays(Standing.HORIZON_DAYS + 1)).bind("lapseDays", LAPSE_CATCH_UP_DAYS)
                .bind("horizon", Standing.HORIZON_DAYS).bind("batch", BATCH)
                .map(row -> {
                    CredentialType type = CredentialType.valueOf(row.get("type", String.class));
                    String typeName = type == CredentialType.CUSTOM ? row.get("custom_type", String.class) : type.label();
                    return new Due(Objects.requireNonNull(row.get("workspace_id", UUID.class)),
                            Objects.requireNonNull(row.get("subject_id", UUID.class)),
                            Objects.requireNonNull(row.get("teammate_id", UUID.class)),
                            Objects.requireNonNull(row.get("account_id", UUID.class)),
                            Objects.requireNonNull(row.get("email", String.class)),
                            Objects.requireNonNull(row.get("first_name", String.class)),
                            Objects.requireNonNullElse(Languages.ofTag(row.get("language", String.class)), Languages.DEFAULT),
                            Objects.requireNonNull(row.get("provider", String.class)),
                            type, row.get("custom_type", String.class), row.get("number", String.class),
                            typeName + " " + row.get("number", String.class),
                            Objects.requireNonNull(row.get("expires_on", LocalDate.class)),
                            standing(Objects.requireNonNull(row.get("kind", String.class))),
                            Boolean.TRUE.equals(row.get("required", Boolean.class)));
                })
                .all()
                .collectList()
                .flatMap(marked -> tell(marked).thenReturn((long) marked.size()))
                .as(transaction::transactional);
    }

    private Mono<Void> tell(List<Due> marked) {
        Map<UUID, List<Due>> byPractice = new LinkedHashMap<>();
        marked.forEach(due -> byPractice.computeIfAbsent(due.workspace(), key -> new java.util.ArrayList<>()).add(due));
        return Flux.fromIterable(byPractice.entrySet())
                .concatMap(practice -> recipients.practice(practice.getKey())
                        .flatMap(found -> toProviders(found.name(), practice.getValue())
                                .then(toAdmins(practice.getKey(), found.name(), practice.getValue()))
                                .then(announceLapses(practice.getValue()))))
                .then();
    }

    private Mono<Void> toProviders(String practice, List<Due> dues) {
        Map<UUID, List<Due>> byProvider = new LinkedHashMap<>();
        dues.forEach(due -> byProvider.computeIfAbsent(due.teammate(), key -> new java.util.ArrayList<>()).add(due));
        return Flux.fromIterable(byProvider.values()).concatMap(own -> {
            Due first = own.getFirst();
            return outbox.enqueue(first.workspace(), first.account(), ReminderMail.toProvider(first.email(),
                    first.firstName(), first.language(), practice, own.stream().map(CredentialReminders::line).toList(), publicUrl + "/profile"));
        }).then();
    }

    private Mono<Void> toAdmins(UUID workspace, String practice, List<Due> dues) {
        List<ReminderMail.Line> lines = dues.stream().map(CredentialReminders::line).toList();
        return recipients.admins(workspace).concatMap(admin -> outbox.enqueue(workspace, admin.accountId(),
                ReminderMail.toAdmin(admin.email(), admin.firstName(), admin.language(), practice, lines, publicUrl + "/credentials"))).then();
    }

    private Mono<Void> announceLapses(List<Due> dues) {
        return Flux.fromIterable(dues).filter(due -> due.standing() == Standing.LAPSED && due.required())
                .concatMap(due -> audit.recordUnattended(due.workspace(), ACTOR, "CREDENTIAL_LAPSED", "TEAMMATE",
                        due.teammate(), due.provider(), Map.of("credential", due.label(), "valid until",
                                due.expiresOn().toString(), "required for booking", true), LiveEvent.Kind.TEAMMATE))
                .then();
    }

    private static Standing standing(String notice) {
        for (Standing standing : Standing.values()) {
            if (standing.notice().equals(notice)) {
                return standing;
            }
        }
        throw new IllegalArgumentException(notice);
    }


    private static ReminderMail.Line line(Due due) {
        return new ReminderMail.Line(due.provider(), due.type(), due.customType(), due.number(), due.expiresOn(),
                due.standing());
    }
}
