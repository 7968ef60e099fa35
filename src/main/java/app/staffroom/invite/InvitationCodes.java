package app.staffroom.invite;

import app.staffroom.base.Phrase;
import app.staffroom.base.ChangeRefusedException;
import app.staffroom.base.Messages;
import app.staffroom.base.PhoneNumbers;
import app.staffroom.mail.Outbox;
import app.staffroom.mail.TextMessage;
import app.staffroom.mail.TextOutbox;
import app.staffroom.security.ServerSecret;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The six-digit one-time codes of invitations: emailed to a person who already has an account, who accepts
 * with it, or texted to a new person's mobile number, who confirms the number with it. Valid for ten minutes, a
 * newer one voiding the older, kept only as an HMAC under the server's secret key, and limited as
 * {@link CodeLimits} says, over the codes of both kinds together (OWASP ASVS 5.0 V6.6: out-of-band codes).
 */
@Component
class InvitationCodes {

    static final Duration LIFETIME = Duration.ofMinutes(10);

    private final DatabaseClient db;
    private final Outbox outbox;
    private final TextOutbox texts;
    private final ServerSecret secret;
    private final Clock clock;

    private final app.staffroom.security.LanguageChoice languages;

    InvitationCodes(DatabaseClient db, Outbox outbox, TextOutbox texts, ServerSecret secret, Clock clock,
                    app.staffroom.security.LanguageChoice languages) {
        this.languages = languages;
        this.db = db;
        this.outbox = outbox;
        this.texts = texts;
        this.secret = secret;
        this.clock = clock;
    }

    /** How a code travels: by email, or by text message to the mobile number. */
    enum Channel {
        EMAIL("the email"), SMS("the text message");

        private final String carrier;

        Channel(String carrier) {
            this.carrier = carrier;
        }
    }

    /**
     * Who a code is for: the invitation, its workspace and account, and where it goes.
     *
     * @param mobile the mobile number (E.164) a texted code goes to; null when there is none
     */
    record For(UUID invitationId, UUID workspaceId, UUID accountId, String email, String workspaceName,
               @Nullable String mobile) {

        private Phrase askFirst(Channel channel) {
            return channel == Channel.EMAIL ? new Phrase("refusals.invite.askFirstEmail", email)
                    : new Phrase("refusals.invite.askFirstMobile", PhoneNumbers.ending(Objects.requireNonNull(mobile)));
        }
    }

    /**
     * Voids earlier codes and sends a new one by {@code channel}, unless too many were asked for or tried lately.
     * Runs in the caller's transaction.
     */
    Mono<Void> send(For invitation, Channel channel) {
        Instant now = clock.instant();
        return recent(invitation, now).flatMap(codes -> {
            Duration tries = CodeLimits.waitBeforeTry(codes, now);
            if (!tries.isZero()) {
                return Mono.error(new ChangeRefusedException(new Phrase("refusals.invite.tooManyWrongAsk",
                        CodeLimits.inWordsPhrase(tries))));
            }
            Duration wait = CodeLimits.waitBeforeRequest(codes, now);
            if (!wait.isZero()) {
                return Mono.error(new ChangeRefusedException(new Phrase("refusals.invite.severalSent",
                        CodeLimits.inWordsPhrase(wait))));
            }
            String code = InvitationToken.code();
            return db.sql("update invitation_code set used_at = :now where invitation_id = :i and used_at is null")
                    .bind("now", now).bind("i", invitation.invitationId()).fetch().rowsUpdated()
                    .then(db.sql("""
                                    insert into invitation_code (workspace_id, invitation_id, code_sha256, expires_at, created_at, channel)
                                    values (:w, :i, :hash, :expires, :now, :channel)
                                    """)
                            .bind("w", invitation.workspaceId()).bind("i", invitation.invitationId())
                            .bind("channel", channel.name())
                            .bind("hash", hash(invitation.invitationId(), code))
                            .bind("expires", now.plus(LIFETIME)).bind("now", now).fetch().rowsUpdated())
                    .then(language(invitation))
                    .flatMap(language -> channel == Channel.EMAIL
                            ? outbox.enqueue(invitation.workspaceId(), invitation.accountId(),
                                    InvitationMail.code(invitation.email(), invitation.workspaceName(), code, language))
                            : texts.enqueue(invitation.workspaceId(), invitation.accountId(), new TextMessage(
                                    Objects.requireNonNull(invitation.mobile()), text(invitation.workspaceName(), code, language))));
        });
    }

    /** The text message of a code in {@code language}: the practice's name cut short if need be. */
    static String text(String workspaceName, String code, Locale language) {
        String practice = workspaceName.length() > 80 ? workspaceName.substring(0, 79) + "…" : workspaceName;
        return Messages.bundled().text(language, "invite.sms.code", code, practice);
    }

    /** The language of the invited person's codes: their own, else that of the person who invited them. */
    private Mono<Locale> language(For invitation) {
        return db.sql("""
                        select it.account_id from invitation i
                          join teammate it on it.id = i.invited_by and it.workspace_id = i.workspace_id
                         where i.id = :i
                        """)
                .bind("i", invitation.invitationId())
                .map(row -> Optional.ofNullable(row.get("account_id", UUID.class))).one()
                .defaultIfEmpty(Optional.empty())
                .flatMap(inviter -> languages.forMail(invitation.accountId(), inviter.orElse(null)));
    }

    /**
     * Completes when {@code typed} is the latest code of the invitation sent by {@code channel}, and marks it used;
     * otherwise a refusal that says why.
     */
    Mono<Void> check(For invitation, Channel channel, String typed) {
        Instant now = clock.instant();
        String code = typed.strip();
        if (!code.matches("[0-9]{6}")) {
            return Mono.error(new ChangeRefusedException(new Phrase("refusals.invite.codeShape", channel.name())));
        }
        record Latest(UUID id, byte[] hash, Instant expiresAt) {
        }
        Mono<Latest> latest = db.sql("""
                        select id, code_sha256, expires_at from invitation_code
                         where invitation_id = :i and channel = :channel and used_at is null
                         order by created_at desc limit 1
                        """)
                .bind("i", invitation.invitationId()).bind("channel", channel.name())
                .map(row -> new Latest(Objects.requireNonNull(row.get("id", UUID.class)),
                        Objects.requireNonNull(row.get("code_sha256", byte[].class)),
                        Objects.requireNonNull(row.get("expires_at", Instant.class))))
                .one();
        return Mono.zip(latest.switchIfEmpty(Mono.error(() -> new ChangeRefusedException(
                        invitation.askFirst(channel)))), recent(invitation, now))
                .flatMap(found -> {
                    Latest current = found.getT1();
                    List<CodeLimits.Code> codes = found.getT2();
                    Duration wait = CodeLimits.waitBeforeTry(codes, now);
                    if (!wait.isZero()) {
                        return Mono.error(new ChangeRefusedException(new Phrase("refusals.invite.tooManyWrongTry",
                                CodeLimits.inWordsPhrase(wait))));
                    }
                    if (!current.expiresAt().isAfter(now)) {
                        return Mono.error(new ChangeRefusedException(new Phrase("refusals.invite.codeExpired")));
                    }
                    if (MessageDigest.isEqual(current.hash(), hash(invitation.invitationId(), code))) {
                        return db.sql("update invitation_code set used_at = :now where id = :id and used_at is null")
                                .bind("now", now).bind("id", current.id()).fetch().rowsUpdated()
                                .flatMap(used -> used == 1 ? Mono.<Void>empty() : Mono.error(new ChangeRefusedException(
                                        new Phrase("refusals.invite.codeJustUsed"))));
                    }
                    return db.sql("update invitation_code set attempts = attempts + 1 where id = :id").bind("id", current.id())
                            .fetch().rowsUpdated()
                            .then(recent(invitation, now))
                            .flatMap(after -> {
                                int left = CodeLimits.triesLeft(after, now);
                                return Mono.error(new ChangeRefusedException(left == 0
                                        ? new Phrase("refusals.invite.lastTry", CodeLimits.inWordsPhrase(CodeLimits.waitBeforeTry(after, now)))
                                        : new Phrase("refusals.invite.triesLeft", left)));
                            });
                });
    }

    /** The account's codes of the last ten minutes, whichever invitation they were for. */
    private Mono<List<CodeLimits.Code>> recent(For invitation, Instant now) {
        return db.sql("""
                        select c.created_at, c.invitation_id = :i as same_invitation, c.attempts
                          from invitation_code c
                          join invitation i on i.id = c.invitation_id
                          join teammate t on t.id = i.teammate_id and t.workspace_id = i.workspace_id
                         where t.account_id = :a and c.created_at > :since
                        """)
                .bind("i", invitation.invitationId()).bind("a", invitation.accountId())
                .bind("since", now.minus(CodeLimits.WINDOW))
                .map(row -> new CodeLimits.Code(Objects.requireNonNull(row.get("created_at", Instant.class)),
                        Boolean.TRUE.equals(row.get("same_invitation", Boolean.class)),
                        Objects.requireNonNull(row.get("attempts", Integer.class))))
                .all().collectList();
    }

    /** HMAC, not a plain hash: a million possible codes would be found from a plain hash at once. */
    private byte[] hash(UUID invitation, String code) {
        return secret.mac((invitation + ":" + code).getBytes(StandardCharsets.US_ASCII));
    }
}
