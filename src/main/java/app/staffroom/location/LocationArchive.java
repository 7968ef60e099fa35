package app.staffroom.location;

import app.staffroom.base.Phrase;
import app.staffroom.audit.AuditEntry;
import app.staffroom.audit.AuditTrail;
import app.staffroom.base.ChangeRefusedException;
import app.staffroom.live.LiveEvent;
import app.staffroom.role.AccessService;
import app.staffroom.role.Permission;
import app.staffroom.role.Visibility;
import app.staffroom.security.Actor;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Archiving and restoring locations. An archived location leaves every choice and the public booking page;
 * the access people had to it is set aside and given back when it is restored. Archiving never leaves an
 * active or invited teammate without a location, nor with a default location they cannot use.
 */
@Service
public class LocationArchive {

    private final DatabaseClient db;
    private final AccessService access;
    private final AuditTrail audit;
    private final LocationAccessChanges changes;
    private final TransactionalOperator transaction;
    private final Clock clock;

    LocationArchive(DatabaseClient db, AccessService access, AuditTrail audit, TransactionalOperator transaction,
                    Clock clock) {
        this.db = db;
        this.access = access;
        this.audit = audit;
        this.changes = new LocationAccessChanges(db);
        this.transaction = transaction;
        this.clock = clock;
    }

    /** What archiving {@code location} would do, to show before asking. Needs Settings "manage". */
    public Mono<ArchiveImpact> impact(Actor actor, UUID location) {
        return access.visibility(actor, Permission.SETTINGS_MANAGE)
                .flatMap(visible -> open(actor, location).flatMap(summary -> changes.impact(actor, summary, visible)));
    }

    /**
     * Archives {@code location}. {@code newDefaults} maps each teammate of {@link ArchiveImpact#needNewDefault}
     * to one of their other locations. Refused, changing nothing, while an active or invited teammate would be
     * left with no location, while someone's new default is missing or not one of theirs, and when it is the
     * practice's last location. Needs Settings "manage".
     */
    public Mono<Void> archive(Actor actor, UUID location, Map<UUID, UUID> newDefaults) {
        Instant now = clock.instant();
        return access.visibility(actor, Permission.SETTINGS_MANAGE)
                .flatMap(visible -> open(actor, location)
                        .flatMap(summary -> requireAnother(actor, summary)
                                .then(changes.impact(actor, summary, visible))
                                .flatMap(impact -> refusal(impact, newDefaults)
                                        .then(changes.accessTo(actor, location))
                                        .flatMap(before -> changes.moveDefaults(actor, impact, newDefaults)
                                                .then(changes.setAside(actor, location))
                                                .then(db.sql("""
                                                                update location set archived_at = :now, version = version + 1
                                                                 where id = :id and workspace_id = :w
                                                                """)
                                                        .bind("now", now).bind("id", location).bind("w", actor.workspaceId())
                                                        .fetch().rowsUpdated())
                                                .then(changes.access(actor, before.keySet()))
                                                .flatMap(after -> recordEach(actor, before, after)
                                                        .then(audit.record(new AuditEntry(actor, "LOCATION_ARCHIVED", "LOCATION",
                                                                location, summary.name(), Map.of("archived", "no"),
                                                                archivedValues(impact, before.size())), LiveEvent.Kind.LOCATION)))))))
                .as(transaction::transactional);
    }

    /**
     * Brings an archived location back: it is offered again, and everyone who had access to it when it was
     * archived has it again. Refused when an open location has a name it would be mistaken for. Needs
     * Settings "manage".
     */
    public Mono<Void> restore(Actor actor, UUID location) {
        return access.require(actor, Permission.SETTINGS_MANAGE)
                .then(archived(actor).filter(candidate -> candidate.id().equals(location)).next()
                        .switchIfEmpty(Mono.error(() -> new ChangeRefusedException(new Phrase("refusals.location.notArchived")))))
                .flatMap(archivedLocation -> LocationNames.requireFree(db, actor, archivedLocation.name(), location, false)
                        .then(changes.setAsideOf(actor, location))
                        .flatMap(people -> changes.access(actor, people)
                                .flatMap(before -> changes.giveBack(actor, location)
                                        .then(db.sql("""
                                                        update location set archived_at = null, version = version + 1
                                                         where id = :id and workspace_id = :w
                                                        """)
                                                .bind("id", location).bind("w", actor.workspaceId()).fetch().rowsUpdated())
                                        .then(changes.access(actor, before.keySet()))
                                        .flatMap(after -> recordEach(actor, before, after))
                                        .then(audit.record(new AuditEntry(actor, "LOCATION_RESTORED", "LOCATION", location,
                                                archivedLocation.name(), Map.of("archived", "yes"),
                                                Map.of("archived", "no", "access given back to", people.size() + " people")),
                                                LiveEvent.Kind.LOCATION)))))
                .as(transaction::transactional);
    }

    /** The practice's archived locations, most recently archived first. Needs Settings "manage". */
    public Flux<ArchivedLocation> archived(Actor actor) {
        return access.require(actor, Permission.SETTINGS_MANAGE).thenMany(db.sql("""
                        select l.id, l.name, l.archived_at,
                               (select count(*) from archived_location_access x where x.location_id = l.id) as people
                          from location l
                         where l.workspace_id = :w and l.archived_at is not null
                         order by l.archived_at desc, l.id
                        """)
                .bind("w", actor.workspaceId())
                .map(row -> new ArchivedLocation(row.get("id", UUID.class), row.get("name", String.class),
                        row.get("archived_at", Instant.class), row.get("people", Long.class).intValue()))
                .all());
    }

    private Mono<LocationSummary> open(Actor actor, UUID location) {
        return db.sql("select id, name from location where id = :id and workspace_id = :w and archived_at is null")
                .bind("id", location).bind("w", actor.workspaceId())
                .map(row -> new LocationSummary(row.get("id", UUID.class), row.get("name", String.class))).one()
                .switchIfEmpty(Mono.error(() -> new ChangeRefusedException(new Phrase("refusals.location.archived"))));
    }

    private Mono<Void> requireAnother(Actor actor, LocationSummary location) {
        return db.sql("select count(*) from location where workspace_id = :w and archived_at is null and id <> :id")
                .bind("w", actor.workspaceId()).bind("id", location.id()).map(row -> row.get(0, Long.class)).one()
                .flatMap(others -> others == 0 ? Mono.error(new ChangeRefusedException(
                        new Phrase("refusals.location.lastOne", location.name())))
                        : Mono.empty());
    }

    private static Mono<Void> refusal(ArchiveImpact impact, Map<UUID, UUID> newDefaults) {
        if (!impact.possible()) {
            return Mono.error(new ChangeRefusedException(new Phrase("refusals.location.leavesWithout",
                    impact.location().name(), LocationAccessChanges.namesPhrase(impact.leftWithout()),
                    impact.leftWithout().size())));
        }
        for (ArchiveImpact.NewDefaultChoice person : impact.needNewDefault()) {
            UUID chosen = newDefaults.get(person.teammateId());
            if (chosen == null || person.choices().stream().noneMatch(choice -> choice.id().equals(chosen))) {
                return Mono.error(new ChangeRefusedException(new Phrase("refusals.location.newDefault", person.name())));
            }
        }
        return Mono.empty();
    }

    private Mono<Void> recordEach(Actor actor, Map<UUID, LocationAccessChanges.Access> before,
                                  Map<UUID, LocationAccessChanges.Access> after) {
        return Flux.fromIterable(before.entrySet())
                .concatMap(entry -> {
                    LocationAccessChanges.Access was = entry.getValue();
                    LocationAccessChanges.Access now = after.getOrDefault(entry.getKey(), was);
                    return audit.record(AuditEntry.changes(actor, "TEAMMATE_UPDATED", "TEAMMATE", entry.getKey(), was.name(),
                            was.values(), now.values()), LiveEvent.Kind.TEAMMATE);
                })
                .then();
    }

    private static Map<String, Object> archivedValues(ArchiveImpact impact, int people) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("archived", "yes");
        values.put("access ended for", people + (people == 1 ? " person" : " people"));
        List<String> moved = impact.needNewDefault().stream().map(ArchiveImpact.NewDefaultChoice::name).toList();
        if (!moved.isEmpty()) {
            values.put("new default location for", String.join(", ", moved));
        }
        return values;
    }
}
