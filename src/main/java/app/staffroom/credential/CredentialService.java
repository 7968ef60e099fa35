package app.staffroom.credential;

import app.staffroom.base.Phrase;
import app.staffroom.audit.AuditEntry;
import app.staffroom.audit.AuditTrail;
import app.staffroom.base.Languages;
import app.staffroom.base.ChangeRefusedException;
import app.staffroom.base.StaleChangeException;
import app.staffroom.credential.CredentialHolders.Holder;
import app.staffroom.live.LiveEvent;
import app.staffroom.role.AccessService;
import app.staffroom.role.TeammateManagement;
import app.staffroom.security.Actor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A provider's credentials: listed, added, changed, removed, with an optional scanned document. A person edits
 * their own (My profile); others need Team "view" to see and Team "manage users" to change, for teammates they
 * may see and manage (see {@link CredentialHolders}). Every change is audited on the provider, with the values
 * before and after, and announced to open screens (the public booking page follows it too).
 * Refusals: {@link AccessDeniedException} without the right, {@link ChangeRefusedException} with the reason for
 * the person, {@link StaleChangeException} for a credential changed by someone else meanwhile.
 */
@Service
public class CredentialService {

    /** The largest scanned document, in bytes (10 MB). */
    public static final int DOCUMENT_MAX_BYTES = DocumentCheck.MAX_BYTES;
    /** What a document may be: "a PDF, JPEG or PNG file of at most 10 MB". */
    public static final Phrase DOCUMENT_RULE = DocumentCheck.RULE;
    public static final Phrase DOCUMENT_TOO_LARGE = DocumentCheck.TOO_LARGE;
    public static final Phrase DOCUMENT_WRONG_TYPE = DocumentCheck.WRONG_TYPE;
    /** The media types and file name endings a document upload accepts. */
    public static final List<String> DOCUMENT_TYPES = DocumentCheck.ACCEPTED_TYPES;

    /** A stored document to download: its file name, media type and bytes. */
    public record Document(String fileName, String mediaType, byte[] bytes) {
    }

    private final CredentialRecords records;
    private final CredentialHolders holders;
    private final AuditTrail audit;
    private final Clock clock;

    CredentialService(DatabaseClient db, AccessService access, TeammateManagement management, AuditTrail audit, Clock clock) {
        this.records = new CredentialRecords(db);
        this.holders = new CredentialHolders(db, access, management);
        this.audit = audit;
        this.clock = clock;
    }

    /** The actor's own credentials, soonest expiry first. */
    public Mono<List<Credential>> mine(Actor actor) {
        return of(actor, actor.teammateId());
    }

    /** A provider's credentials, soonest expiry first. */
    public Mono<List<Credential>> of(Actor actor, UUID teammate) {
        return holders.visible(actor, teammate)
                .flatMap(holder -> records.ofTeammate(actor.workspaceId(), teammate, clock.instant()).collectList());
    }

    /** True when the actor may change the teammate's credentials (for showing the buttons; the changes check again). */
    public Mono<Boolean> canEdit(Actor actor, UUID teammate) {
        return holders.canEdit(actor, teammate);
    }

    @Transactional
    public Mono<Credential> add(Actor actor, UUID teammate, CredentialDraft draft) {
        return holders.editable(actor, teammate).flatMap(holder -> checked(draft)
                .then(records.insert(actor.workspaceId(), teammate, draft))
                .flatMap(id -> reload(actor, id))
                .flatMap(added -> audited(actor, holder, "CREDENTIAL_ADDED", Map.of(), fields(added)).thenReturn(added)));
    }

    @Transactional
    public Mono<Credential> update(Actor actor, UUID credential, CredentialDraft draft, int version) {
        return editable(actor, credential).flatMap(found -> checked(draft)
                .then(records.update(actor.workspaceId(), credential, draft, version))
                .flatMap(rows -> rows == 1 ? reload(actor, credential) : stale(found.credential()))
                .flatMap(after -> audited(actor, found.holder(), "CREDENTIAL_CHANGED", fields(found.credential()),
                        fields(after)).thenReturn(after)));
    }

    @Transactional
    public Mono<Void> remove(Actor actor, UUID credential, int version) {
        return editable(actor, credential).flatMap(found -> records.delete(actor.workspaceId(), credential, version)
                .flatMap(rows -> rows == 1 ? audited(actor, found.holder(), "CREDENTIAL_REMOVED",
                        fields(found.credential()), Map.of()) : stale(found.credential()).then()));
    }

    /** Checks the upload by its content (see {@link DocumentCheck}) and keeps it with the credential, replacing any. */
    @Transactional
    public Mono<Credential> attachDocument(Actor actor, UUID credential, byte[] upload) {
        return editable(actor, credential).flatMap(found -> Mono.fromCallable(() -> DocumentCheck.mediaType(upload))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(type -> records.document(actor.workspaceId(), credential, upload, type)
                        .then(reload(actor, credential))
                        .flatMap(after -> audited(actor, found.holder(), "CREDENTIAL_DOCUMENT_ADDED",
                                Map.of("document", label(after) + ": " + documentText(found.credential().documentType(), null)),
                                Map.of("document", label(after) + ": " + documentText(type, upload.length)))
                                .thenReturn(after))));
    }

    @Transactional
    public Mono<Credential> removeDocument(Actor actor, UUID credential) {
        return editable(actor, credential).flatMap(found -> found.credential().documentType() == null
                ? Mono.just(found.credential())
                : records.document(actor.workspaceId(), credential, null, null)
                        .then(reload(actor, credential))
                        .flatMap(after -> audited(actor, found.holder(), "CREDENTIAL_DOCUMENT_REMOVED",
                                Map.of("document", label(after) + ": " + documentText(found.credential().documentType(), null)),
                                Map.of("document", label(after) + ": none")).thenReturn(after)));
    }

    /** The scanned document, for whoever may see the credential; empty when it has none. */
    public Mono<Document> document(Actor actor, UUID credential) {
        return records.find(actor.workspaceId(), credential, clock.instant())
                .switchIfEmpty(Mono.error(() -> new ChangeRefusedException(new Phrase("refusals.credential.gone"))))
                .flatMap(found -> holders.visible(actor, found.teammateId())
                        .then(records.documentBytes(actor.workspaceId(), credential))
                        .map(bytes -> new Document(fileName(found), String.valueOf(found.documentType()), bytes)));
    }

    private record Found(Holder holder, Credential credential) {
    }

    private Mono<Found> editable(Actor actor, UUID credential) {
        return records.find(actor.workspaceId(), credential, clock.instant())
                .switchIfEmpty(Mono.error(() -> new ChangeRefusedException(new Phrase("refusals.credential.gone"))))
                .flatMap(found -> holders.editable(actor, found.teammateId()).map(holder -> new Found(holder, found)));
    }

    private Mono<Credential> reload(Actor actor, UUID credential) {
        return records.find(actor.workspaceId(), credential, clock.instant());
    }

    private static Mono<Void> checked(CredentialDraft draft) {
        List<String> problems = CredentialRules.problems(draft);
        return problems.isEmpty() ? Mono.empty() : Mono.error(new ChangeRefusedException(() -> String.join(" ", CredentialRules.problems(draft))));
    }

    private static <T> Mono<T> stale(Credential credential) {
        return Mono.error(new StaleChangeException(new Phrase("refusals.stale.credential", label(credential))));
    }

    private Mono<Void> audited(Actor actor, Holder holder, String action, Map<String, ?> before, Map<String, ?> after) {
        // An addition or removal keeps every value on its side; a change only the values that differ.
        AuditEntry entry = before.isEmpty() || after.isEmpty()
                ? new AuditEntry(actor, action, "TEAMMATE", holder.teammateId(), holder.name(), before, after)
                : AuditEntry.changes(actor, action, "TEAMMATE", holder.teammateId(), holder.name(), before, after);
        return entry.after().isEmpty() && entry.before().isEmpty() ? Mono.empty()
                : audit.record(entry, LiveEvent.Kind.TEAMMATE);
    }

    /** The credential as the audit trail records it: its type's English name, whoever made the change. */
    static String label(Credential credential) {
        return credential.typeName(Languages.DEFAULT) + " " + credential.number();
    }

    private static String fileName(Credential credential) {
        String base = (credential.typeName() + "-" + credential.number()).replaceAll("[^A-Za-z0-9._-]+", "-");
        String ending = switch (String.valueOf(credential.documentType())) {
            case "image/jpeg" -> ".jpg";
            case "image/png" -> ".png";
            default -> ".pdf";
        };
        return base + ending;
    }

    private static String documentText(@Nullable String type, @Nullable Integer bytes) {
        if (type == null) {
            return "none";
        }
        String kind = type.equals("application/pdf") ? "PDF" : type.equals("image/png") ? "PNG" : "JPEG";
        return bytes == null ? kind : kind + ", " + bytes + " bytes";
    }

    private static Map<String, Object> fields(Credential credential) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("type", credential.typeName(Languages.DEFAULT));
        fields.put("number", credential.number());
        fields.put("issuing body or state", credential.issuer());
        fields.put("issued", date(credential.issuedOn()));
        fields.put("expires", date(credential.expiresOn()));
        fields.put("required for booking", credential.required());
        return fields;
    }

    private static String date(@Nullable LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
