package app.staffroom.location;

import app.staffroom.base.Phrase;
import app.staffroom.role.Visibility;
import app.staffroom.security.Actor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The statements behind archiving and restoring a location: who is affected, and moving their access. */
final class LocationAccessChanges {

    private static final String HIDDEN = "someone outside your locations";

    /** A teammate's locations and default, as the audit trail shows them. */
    record Access(String name, List<String> locations, @Nullable String defaultLocation) {
        Map<String, Object> values() {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("locations", String.join(", ", locations));
            values.put("default location", defaultLocation == null ? "" : defaultLocation);
            return values;
        }
    }

    private record Affected(UUID id, String name, String status, boolean isDefault, long others) {
    }

    private final DatabaseClient db;

    LocationAccessChanges(DatabaseClient db) {
        this.db = db;
    }

    Mono<ArchiveImpact> impact(Actor actor, LocationSummary location, Visibility visible) {
        return visible.bind(db.sql("""
                        select t.id, t.status, t.default_location_id = tl.location_id as is_default,
                               case when %s then a.first_name || ' ' || a.last_name end as name,
                               (select count(*) from teammate_location o join location ol on ol.id = o.location_id
                                 where o.teammate_id = t.id and o.location_id <> tl.location_id
                                   and ol.archived_at is null) as others
                          from teammate_location tl
                          join teammate t on t.id = tl.teammate_id and t.workspace_id = tl.workspace_id
                          join account a on a.id = t.account_id
                         where tl.location_id = :location and tl.workspace_id = :w
                         order by t.sort_name, t.id
                        """.formatted(visible.sql("t.id", "t.workspace_id"))))
                .bind("location", location.id()).bind("w", actor.workspaceId())
                .map(row -> new Affected(Objects.requireNonNull(row.get("id", UUID.class)),
                        Objects.requireNonNullElse(row.get("name", String.class), HIDDEN),
                        Objects.requireNonNull(row.get("status", String.class)),
                        Boolean.TRUE.equals(row.get("is_default", Boolean.class)),
                        Objects.requireNonNull(row.get("others", Long.class))))
                .all().collectList()
                .flatMap(affected -> {
                    List<String> leftWithout = affected.stream()
                            .filter(person -> person.others() == 0 && !person.status().equals("INACTIVE"))
                            .map(Affected::name).toList();
                    List<Affected> moving = affected.stream()
                            .filter(person -> person.isDefault() && person.others() > 0 && !person.status().equals("INACTIVE"))
                            .toList();
                    return otherLocations(actor, location.id(), moving.stream().map(Affected::id).toList())
                            .map(choices -> new ArchiveImpact(location, affected.size(), leftWithout, moving.stream()
                                    .map(person -> new ArchiveImpact.NewDefaultChoice(person.id(), person.name(),
                                            choices.getOrDefault(person.id(), List.of())))
                                    .toList()));
                });
    }

    private Mono<Map<UUID, List<LocationSummary>>> otherLocations(Actor actor, UUID location, List<UUID> people) {
        if (people.isEmpty()) {
            return Mono.just(Map.of());
        }
        return db.sql("""
                        select o.teammate_id, l.id, l.name
                          from teammate_location o join location l on l.id = o.location_id
                         where o.workspace_id = :w and o.teammate_id = any(:people) and o.location_id <> :location
                           and l.archived_at is null
                         order by lower(l.name), l.id
                        """)
                .bind("w", actor.workspaceId()).bind("people", people.toArray(UUID[]::new)).bind("location", location)
                .map(row -> Map.entry(Objects.requireNonNull(row.get("teammate_id", UUID.class)),
                        new LocationSummary(row.get("id", UUID.class), row.get("name", String.class))))
                .all()
                .collect(LinkedHashMap::new, (Map<UUID, List<LocationSummary>> byPerson, Map.Entry<UUID, LocationSummary> row) ->
                        byPerson.computeIfAbsent(row.getKey(), person -> new ArrayList<>()).add(row.getValue()));
    }

    /** Every teammate with access to {@code location} now, with their access as it is. */
    Mono<Map<UUID, Access>> accessTo(Actor actor, UUID location) {
        return db.sql("select teammate_id from teammate_location where location_id = :l and workspace_id = :w")
                .bind("l", location).bind("w", actor.workspaceId())
                .map(row -> Objects.requireNonNull(row.get(0, UUID.class))).all().collectList()
                .flatMap(people -> access(actor, people));
    }

    /** The access of these teammates as it is now, by teammate. */
    Mono<Map<UUID, Access>> access(Actor actor, Collection<UUID> people) {
        return db.sql("""
                        select t.id, a.first_name || ' ' || a.last_name as name,
                               coalesce(array(select l.name from teammate_location tl join location l on l.id = tl.location_id
                                               where tl.teammate_id = t.id order by lower(l.name), l.id), '{}') as locations,
                               (select l.name from location l where l.id = t.default_location_id) as default_location
                          from teammate t join account a on a.id = t.account_id
                         where t.workspace_id = :w and t.id = any(:people)
                        """)
                .bind("w", actor.workspaceId()).bind("people", people.toArray(UUID[]::new))
                .map(row -> Map.entry(Objects.requireNonNull(row.get("id", UUID.class)),
                        new Access(Objects.requireNonNull(row.get("name", String.class)),
                                List.of(Objects.requireNonNull(row.get("locations", String[].class))),
                                row.get("default_location", String.class))))
                .all()
                .collectMap(Map.Entry::getKey, Map.Entry::getValue, LinkedHashMap::new);
    }

    /** Gives each teammate their chosen new default; inactive teammates get their first other location, if any. */
    Mono<Void> moveDefaults(Actor actor, ArchiveImpact impact, Map<UUID, UUID> newDefaults) {
        UUID location = impact.location().id();
        return Flux.fromIterable(impact.needNewDefault())
                .concatMap(person -> db.sql("""
                                update teammate set default_location_id = :chosen, version = version + 1, updated_at = now()
                                 where id = :t and workspace_id = :w and default_location_id = :location
                                """)
                        .bind("chosen", Objects.requireNonNull(newDefaults.get(person.teammateId())))
                        .bind("t", person.teammateId()).bind("w", actor.workspaceId()).bind("location", location)
                        .fetch().rowsUpdated())
                .then(db.sql("""
                                update teammate t
                                   set default_location_id = (select o.location_id from teammate_location o
                                                                join location l on l.id = o.location_id
                                                               where o.teammate_id = t.id and o.location_id <> :location
                                                                 and l.archived_at is null
                                                               order by lower(l.name), l.id limit 1),
                                       version = version + 1, updated_at = now()
                                 where t.workspace_id = :w and t.default_location_id = :location
                                """)
                        .bind("location", location).bind("w", actor.workspaceId()).fetch().rowsUpdated())
                .then();
    }

    /** Moves the access to {@code location} aside, to be given back on restore. */
    Mono<Void> setAside(Actor actor, UUID location) {
        return touchPeopleWith("teammate_location", actor, location).then(db.sql("""
                        insert into archived_location_access (workspace_id, location_id, teammate_id)
                        select workspace_id, location_id, teammate_id from teammate_location
                         where location_id = :l and workspace_id = :w
                        on conflict do nothing
                        """)
                .bind("l", location).bind("w", actor.workspaceId()).fetch().rowsUpdated())
                .then(db.sql("delete from teammate_location where location_id = :l and workspace_id = :w")
                        .bind("l", location).bind("w", actor.workspaceId()).fetch().rowsUpdated())
                .then();
    }

    /** Who had access to the archived {@code location}. */
    Mono<List<UUID>> setAsideOf(Actor actor, UUID location) {
        return db.sql("select teammate_id from archived_location_access where location_id = :l and workspace_id = :w")
                .bind("l", location).bind("w", actor.workspaceId())
                .map(row -> Objects.requireNonNull(row.get(0, UUID.class))).all().collectList();
    }

    /** Gives the access set aside for {@code location} back. */
    Mono<Void> giveBack(Actor actor, UUID location) {
        return touchPeopleWith("archived_location_access", actor, location).then(db.sql("""
                        insert into teammate_location (workspace_id, location_id, teammate_id)
                        select workspace_id, location_id, teammate_id from archived_location_access
                         where location_id = :l and workspace_id = :w
                        on conflict do nothing
                        """)
                .bind("l", location).bind("w", actor.workspaceId()).fetch().rowsUpdated())
                .then(db.sql("""
                                update teammate set default_location_id = :l
                                 where workspace_id = :w and default_location_id is null
                                   and id in (select teammate_id from archived_location_access where location_id = :l)
                                """)
                        .bind("l", location).bind("w", actor.workspaceId()).fetch().rowsUpdated())
                .then(db.sql("delete from archived_location_access where location_id = :l and workspace_id = :w")
                        .bind("l", location).bind("w", actor.workspaceId()).fetch().rowsUpdated())
                .then();
    }

    /** Open drawers showing these people's access see that it changed. */
    private Mono<Long> touchPeopleWith(String table, Actor actor, UUID location) {
        return db.sql("""
                        update teammate set version = version + 1, updated_at = now()
                         where workspace_id = :w and id in (select teammate_id from %s where location_id = :l)
                        """.formatted(table))
                .bind("l", location).bind("w", actor.workspaceId()).fetch().rowsUpdated();
    }

    /** "Ann Lee", "Ann Lee and Bo Chan", "Ann Lee, Bo Chan, Cy Dorn and 4 more". */
    /** {@link #names} to be worded in the reader's language. */
    static Phrase namesPhrase(List<String> names) {
        return switch (names.size()) {
            case 1 -> new Phrase("refusals.location.names1", names.getFirst());
            case 2 -> new Phrase("refusals.location.names2", names.get(0), names.get(1));
            case 3 -> new Phrase("refusals.location.names3", names.get(0), names.get(1), names.get(2));
            default -> new Phrase("refusals.location.namesMore", names.get(0), names.get(1), names.get(2), names.size() - 3);
        };
    }

    static String names(List<String> names) {
        if (names.size() == 1) {
            return names.getFirst();
        }
        if (names.size() <= 3) {
            return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
        }
        return String.join(", ", names.subList(0, 3)) + " and " + (names.size() - 3) + " more";
    }
}
