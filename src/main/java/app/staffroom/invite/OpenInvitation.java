package app.staffroom.invite;

import app.staffroom.base.Phrase;
import app.staffroom.base.PhoneNumbers;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * An invitation as its link finds it, read in one query, and only while it may still be used: pending, not
 * expired, for a teammate still pending, sent to the account's current email.
 *
 * @param mobile          the first number of the invitation that takes text messages (E.164), or null
 * @param mobileRequired  whether the practice requires a new person to confirm that number
 * @param mobileConfirmed the number confirmed with a texted code for this invitation, or null
 */
record OpenInvitation(UUID id, UUID workspaceId, UUID teammateId, UUID accountId, String workspaceName,
                      String inviterName, String firstName, String lastName, String email, boolean hasPassword,
                      @Nullable String mobile, boolean mobileRequired, @Nullable String mobileConfirmed) {

    /** True when this new person's mobile number has been confirmed, or there is none to confirm. */
    boolean mobileSettled() {
        return hasPassword || mobile == null || mobile.equals(mobileConfirmed);
    }

    /** The open invitation of {@code token}, or an {@link InvitationUnusableException} saying why there is none. */
    static Mono<OpenInvitation> find(DatabaseClient db, String token, Instant now) {
        if (!InvitationToken.looksValid(token)) {
            return Mono.error(InvitationUnusableException.unknown());
        }
        record Found(OpenInvitation invitation, String status, Instant expiresAt, boolean stillMeant) {
        }
        return db.sql("""
                        select i.id, i.workspace_id, i.teammate_id, t.account_id, w.name as workspace_name,
                               coalesce(ia.first_name || ' ' || ia.last_name, 'Staffroom') as inviter_name,
                               a.first_name, a.last_name, a.email, a.password_hash is not null as has_password,
                               i.status, i.expires_at, t.phones, w.mobile_confirmation = 'REQUIRED' as mobile_required,
                               i.mobile_confirmed,
                               t.status = 'PENDING' and lower(a.email) = lower(i.sent_to) as still_meant
                          from invitation i
                          join workspace w on w.id = i.workspace_id
                          join teammate t on t.id = i.teammate_id and t.workspace_id = i.workspace_id
                          join account a on a.id = t.account_id
                          left join teammate it on it.id = i.invited_by and it.workspace_id = i.workspace_id
                          left join account ia on ia.id = it.account_id
                         where i.token_sha256 = :hash
                        """)
                .bind("hash", InvitationToken.hash(token))
                .map(row -> new Found(of(row), Objects.requireNonNull(row.get("status", String.class)),
                        Objects.requireNonNull(row.get("expires_at", Instant.class)),
                        Boolean.TRUE.equals(row.get("still_meant", Boolean.class))))
                .one()
                .switchIfEmpty(Mono.error(InvitationUnusableException::unknown))
                .flatMap(found -> {
                    if (found.status().equals("ACCEPTED")) {
                        return Mono.error(new InvitationUnusableException(
                                new Phrase("refusals.invite.accepted")));
                    }
                    // The teammate is no longer pending, or the account's email is no longer the address the link
                    // was sent to: the change the link stood for is over, so the link is void.
                    if (!found.status().equals("PENDING") || !found.stillMeant()) {
                        return Mono.error(InvitationUnusableException.unknown());
                    }
                    if (!found.expiresAt().isAfter(now)) {
                        return Mono.error(InvitationUnusableException.expired());
                    }
                    return Mono.just(found.invitation());
                });
    }

    private static OpenInvitation of(Readable row) {
        String[] phones = row.get("phones", String[].class);
        return new OpenInvitation(row.get("id", UUID.class), row.get("workspace_id", UUID.class),
                row.get("teammate_id", UUID.class), row.get("account_id", UUID.class),
                row.get("workspace_name", String.class), row.get("inviter_name", String.class),
                row.get("first_name", String.class), row.get("last_name", String.class), row.get("email", String.class),
                Boolean.TRUE.equals(row.get("has_password", Boolean.class)),
                PhoneNumbers.firstMobile(phones == null ? List.of() : List.of(phones)).orElse(null),
                Boolean.TRUE.equals(row.get("mobile_required", Boolean.class)), row.get("mobile_confirmed", String.class));
    }

    InvitationCodes.For codeFor() {
        return new InvitationCodes.For(id, workspaceId, accountId, email, workspaceName, mobile);
    }
}
