package app.staffroom.profile;

import app.staffroom.base.PermissionRefusedException;
import app.staffroom.base.Phrase;
import app.staffroom.audit.AuditEntry;
import app.staffroom.audit.AuditTrail;
import app.staffroom.base.ChangeRefusedException;
import app.staffroom.base.FieldRefusedException;
import app.staffroom.base.ContactRules;
import app.staffroom.base.PhoneNumbers;
import app.staffroom.base.ProviderRules;
import app.staffroom.live.LiveEvent;
import app.staffroom.live.LiveNotifier;
import app.staffroom.security.Accounts;
import app.staffroom.security.Actor;
import app.staffroom.security.PasswordPolicy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A teammate's own profile. Every method acts on the actor's own teammate record only, and only while
 * the actor is an active teammate of the workspace; no permission is needed beyond that. Every change
 * is audited with the values before and after, and announced so that admin screens show it at once.
 */
@Service
public class ProfileService {

    /** The field a refused password change names when the current password is wrong. */
    public static final String CURRENT_PASSWORD = "currentPassword";

    public static final int PHOTO_MAX_BYTES = PhotoCheck.MAX_BYTES;
    /** What a photo may be, for the upload field's hint: "a JPEG, PNG or WebP image of at most 5 MB". */
    public static final Phrase PHOTO_RULE = PhotoCheck.RULE;
    /** Why a photo over {@link #PHOTO_MAX_BYTES} is refused, stating the limit and the accepted types. */
    public static final Phrase PHOTO_TOO_LARGE = PhotoCheck.TOO_LARGE;
    /** Why a file of another type is refused, listing the accepted types and the limit. */
    public static final Phrase PHOTO_NOT_AN_IMAGE = PhotoCheck.NOT_AN_IMAGE;
    /** The media types and file name endings a photo upload accepts. */
    public static final List<String> PHOTO_TYPES = PhotoCheck.ACCEPTED_TYPES;

    private final DatabaseClient db;
    private final ProfileRecords records;
    private final AuditTrail audit;
    private final LiveNotifier live;
    private final Accounts accounts;
    private final PasswordPolicy passwordPolicy;
    private final TransactionalOperator transaction;
    private final Clock clock;

    ProfileService(DatabaseClient db, AuditTrail audit, LiveNotifier live, Accounts accounts,
                   PasswordPolicy passwordPolicy, TransactionalOperator transaction, Clock clock) {
        this.db = db;
        this.records = new ProfileRecords(db);
        this.audit = audit;
        this.live = live;
        this.accounts = accounts;
        this.passwordPolicy = passwordPolicy;
        this.transaction = transaction;
        this.clock = clock;
    }

    public Mono<MyProfile> myProfile(Actor actor) {
        return records.profile(actor).switchIfEmpty(Mono.error(() ->
                new PermissionRefusedException(new Phrase("refusals.notActiveTeammate"))));
    }

    /** The workspace's phone region, for reading numbers typed without a country code. */
    public Mono<String> phoneRegion(Actor actor) {
        return myProfile(actor).then(region(actor));
    }

    private Mono<String> region(Actor actor) {
        return db.sql("select phone_region from workspace where id = :w")
                .bind("w", actor.workspaceId()).map(row -> Objects.requireNonNull(row.get(0, String.class)).trim()).one();
    }

    /** Name (for every practice of the account) and this practice's phone numbers. */
    @Transactional
    public Mono<MyProfile> saveIdentity(Actor actor, String firstName, String lastName, List<String> phones) {
        return myProfile(actor).zipWith(region(actor)).flatMap(loaded -> {
            MyProfile before = loaded.getT1();
            String region = loaded.getT2();
            if (!ContactRules.problems(firstName, lastName, phones, region).isEmpty()) {
                return Mono.error(new ChangeRefusedException(
                        () -> String.join(" ", ContactRules.problems(firstName, lastName, phones, region))));
            }
            List<String> e164 = PhoneNumbers.allToE164(phones, region);
            return db.sql("update account set first_name = :first, last_name = :last, updated_at = now(), version = version + 1"
                            + " where id = :a")
                    .bind("first", firstName.strip()).bind("last", lastName.strip()).bind("a", actor.accountId())
                    .fetch().rowsUpdated()
                    .then(db.sql("update teammate set phones = :phones, updated_at = now(), version = version + 1 where id = :t")
                            .bind("phones", e164.toArray(String[]::new)).bind("t", actor.teammateId()).fetch().rowsUpdated())
                    .then(myProfile(actor))
                    .flatMap(after -> audited(actor, "PROFILE_UPDATED", after, identity(before), identity(after))
                            .then(announceToEveryPractice(actor.accountId()))
                            .thenReturn(after));
        });
    }

    /**
     * Changes the password after checking the current one. Every session of the account signed in
     * before {@code keepSessionsFrom} ends: the caller's own session marks itself signed in at that moment.
     * The current password is checked outside the change's transaction, so that a wrong one counts towards
     * the account's sign-in throttle although nothing changes.
     */
    public Mono<Void> changePassword(Actor actor, String currentPassword, String newPassword, Instant keepSessionsFrom) {
        Instant now = clock.instant();
        // Only a moment of the caller's own: never one that would spare sessions from before the change.
        Instant validFrom = keepSessionsFrom.isBefore(now.minusSeconds(60)) || keepSessionsFrom.isAfter(now) ? now : keepSessionsFrom;
        return myProfile(actor).flatMap(profile -> accounts.passwordMatches(actor.accountId(), currentPassword)
                .flatMap(matches -> {
                    if (!matches) {
                        return Mono.error(new FieldRefusedException(CURRENT_PASSWORD, new Phrase("refusals.profile.wrongPassword")));
                    }
                    List<String> personal = List.of(profile.firstName(), profile.lastName(), profile.email());
                    if (!passwordPolicy.problems(newPassword, personal).isEmpty()) {
                        return Mono.error(new ChangeRefusedException(
                                () -> String.join(" ", passwordPolicy.problems(newPassword, personal))));
                    }
                    if (newPassword.equals(currentPassword)) {
                        return Mono.error(new ChangeRefusedException(new Phrase("refusals.profile.samePassword")));
                    }
                    return accounts.hash(newPassword)
                            .flatMap(hash -> db.sql("update account set password_hash = :hash, sessions_valid_from = :from,"
                                            + " updated_at = now() where id = :a")
                                    .bind("hash", hash).bind("from", validFrom).bind("a", actor.accountId())
                                    .fetch().rowsUpdated())
                            .then(audited(actor, "PASSWORD_CHANGED", profile, Map.of(), Map.of()))
                            .then(announceToEveryPractice(actor.accountId()))
                            .as(transaction::transactional);
                }));
    }

    /** Checks, cleans and stores a new photo (see {@link PhotoCheck}). */
    @Transactional
    public Mono<MyProfile> uploadPhoto(Actor actor, byte[] upload) {
        return myProfile(actor).flatMap(before -> Mono.fromCallable(() -> PhotoCheck.clean(upload))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(photo -> setPhoto(actor, before, photo, "PHOTO_CHANGED")));
    }

    @Transactional
    public Mono<MyProfile> removePhoto(Actor actor) {
        return myProfile(actor).flatMap(before -> setPhoto(actor, before, null, "PHOTO_REMOVED"));
    }

    private Mono<MyProfile> setPhoto(Actor actor, MyProfile before, byte @Nullable [] photo, String action) {
        var update = db.sql("update teammate set photo = :photo, updated_at = now(), version = version + 1 where id = :t")
                .bind("t", actor.teammateId());
        update = photo == null ? update.bindNull("photo", byte[].class) : update.bind("photo", photo);
        return update.fetch().rowsUpdated()
                .then(myProfile(actor))
                .flatMap(after -> audited(actor, action, before, Map.of("photo", before.photoDataUrl() == null ? "none" : "set"),
                                Map.of("photo", photo == null ? "none" : "new photo, " + photo.length + " bytes"))
                        .thenReturn(after));
    }

    /** Saves the provider's own fields; role, locations and supervision stay the administrator's. */
    @Transactional
    public Mono<MyProfile> saveProvider(Actor actor, ProviderProfile changed) {
        return myProfile(actor).flatMap(before -> {
            if (!before.worksAsProvider() || before.provider() == null) {
                return Mono.error(new ChangeRefusedException(new Phrase("refusals.profile.notProvider")));
            }
            if (!ProfileRules.providerProblems(changed).isEmpty()) {
                return Mono.error(new ChangeRefusedException(
                        () -> String.join(" ", ProfileRules.providerProblems(changed))));
            }
            return records.saveProvider(actor, changed)
                    .then(myProfile(actor))
                    .flatMap(after -> audited(actor, "PROVIDER_PROFILE_UPDATED", before,
                                    providerFields(Objects.requireNonNull(before.provider())),
                                    providerFields(Objects.requireNonNull(after.provider())))
                            .thenReturn(after));
        });
    }

    /** Other active providers of the practice whose appointment colour is hard to tell from this one. */
    public Flux<String> providersWithSimilarColour(Actor actor, String colour) {
        if (!ProviderRules.isColour(colour)) {
            return Flux.empty();
        }
        return myProfile(actor).thenMany(records.providerColours(actor))
                .filter(other -> ProfileRules.colourDistance(colour, other.colour()) < ProfileRules.TOO_CLOSE)
                .map(other -> other.name() + " (" + other.colour() + ")");
    }

    private Mono<Void> announceToEveryPractice(UUID account) {
        return records.memberships(account)
                .concatMap(member -> live.changed(member.workspaceId(), LiveEvent.Kind.TEAMMATE, member.teammateId()))
                .then();
    }

    private Mono<Void> audited(Actor actor, String action, MyProfile profile, Map<String, ?> before, Map<String, ?> after) {
        AuditEntry entry = AuditEntry.changes(actor, action, "TEAMMATE", actor.teammateId(),
                profile.firstName() + " " + profile.lastName(), before, after);
        // An event without values (a password change) is recorded as it is; a save that changed nothing is not.
        boolean nothingChanged = entry.after().isEmpty() && !(before.isEmpty() && after.isEmpty());
        return nothingChanged ? Mono.empty() : audit.record(entry, LiveEvent.Kind.TEAMMATE);
    }

    private static Map<String, Object> identity(MyProfile profile) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("first name", profile.firstName());
        fields.put("last name", profile.lastName());
        fields.put("phones", String.join(", ", profile.phones().stream().map(PhoneNumbers::display).toList()));
        return fields;
    }

    private static Map<String, Object> providerFields(ProviderProfile profile) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("display name", profile.displayName());
        fields.put("display title", profile.displayTitle());
        fields.put("bio", profile.bio());
        fields.put("NPI", profile.npi());
        fields.put("taxonomy code", profile.taxonomyCode());
        fields.put("appointment colour", profile.appointmentColour());
        fields.put("capacity", profile.capacity());
        fields.put("scheduling step", profile.schedulingStepMinutes());
        fields.put("available for smart booking", profile.availableForSmartBooking());
        fields.put("goal procedures per week", text(profile.goalProceduresPerWeek()));
        fields.put("goal procedures per month", text(profile.goalProceduresPerMonth()));
        BigDecimal sales = profile.goalSalesPerMonth();
        fields.put("goal sales per month", sales == null ? "" : sales.toPlainString());
        return fields;
    }

    private static String text(@Nullable Integer value) {
        return value == null ? "" : value.toString();
    }
}
