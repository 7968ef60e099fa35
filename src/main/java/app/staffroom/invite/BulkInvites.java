package app.staffroom.invite;

import app.staffroom.base.AccessPeriod;
import app.staffroom.base.AccessPeriodRules;
import app.staffroom.base.ChangeRefusedException;
import java.time.LocalDate;
import app.staffroom.base.CsvImport;
import app.staffroom.base.EmailAddresses;
import app.staffroom.base.Languages;
import app.staffroom.base.Messages;
import app.staffroom.role.BuiltInRole;
import app.staffroom.base.Phrase;
import app.staffroom.base.PermissionRefusedException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads a CSV file of people to invite: {@code first name, last name, email, role, locations,
 * provider}, and optionally {@code access starts, access ends} (YYYY-MM-DD, the practice's days). Locations are names separated by semicolons, the first being the default; provider is
 * yes or no. The file is read by {@link CsvImport} (encodings, header and per-row checks). Each row is
 * checked on its own and invited in its own transaction, so a bad row never leaves anything
 * half-created and never stops the good ones. What the report says of a row is a {@link Phrase}; the reasons it
 * repeats from the shared rules (names, emails, phones, typed text) are worded in the language the file is read in
 * ({@link app.staffroom.base.Messages#in}).
 */
final class BulkInvites {

    private static final Logger log = LoggerFactory.getLogger(BulkInvites.class);

    static final List<String> COLUMNS = List.of("first name", "last name", "email", "role", "locations", "provider");
    /** Optional: the access period's first and last day, as YYYY-MM-DD (see {@link AccessPeriodRules#csvDay}). */
    static final List<String> OPTIONAL_COLUMNS = List.of("access starts", "access ends");
    static final int MAX_ROWS = 500;

    private BulkInvites() {
    }

    record Parsed(long line, String email, @Nullable NewTeammate draft, @Nullable Phrase problem) {
    }

    record ParsedFile(String encoding, List<Parsed> rows) {
    }

    /** A role of the practice: its name as stored, and the built-in role whose seeded name it keeps, if any. */
    record NamedRole(String name, UUID id, @Nullable BuiltInRole seeded) {
    }

    /**
     * The names a file may give roles by, in lower case: each role's own name, and a built-in role that keeps its
     * seeded name also by that name in each language Staffroom speaks ("accueil", "recepción"), as the screens show
     * it, unless another role is called so.
     */
    static Map<String, UUID> roleNames(List<NamedRole> roles) {
        Map<String, UUID> names = new HashMap<>();
        roles.forEach(role -> names.put(role.name().toLowerCase(Locale.ROOT), role.id()));
        for (NamedRole role : roles) {
            BuiltInRole seeded = role.seeded();
            if (seeded != null) {
                Languages.SUPPORTED.forEach(language ->
                        names.putIfAbsent(Messages.label(seeded, language).toLowerCase(Locale.ROOT), role.id()));
            }
        }
        return names;
    }

    /**
     * The file's rows, each with its draft or the reason it cannot be invited.
     *
     * @throws ChangeRefusedException when the file as a whole cannot be used
     */
    static ParsedFile parse(byte[] csv, Map<String, UUID> rolesByName, Map<String, UUID> locationsByName, String region) {
        CsvImport.Table table = CsvImport.read(csv, COLUMNS, OPTIONAL_COLUMNS, MAX_ROWS);
        Set<String> seen = new HashSet<>();
        List<Parsed> parsed = table.rows().stream()
                .map(row -> row.problem() != null
                        ? new Parsed(row.line(), row.value("email"), null, row.problem())
                        : row(row, rolesByName, locationsByName, region, seen))
                .toList();
        return new ParsedFile(table.encoding(), parsed);
    }

    private static Parsed row(CsvImport.Row record, Map<String, UUID> rolesByName, Map<String, UUID> locationsByName,
                              String region, Set<String> seen) {
        String email = record.value("email");
        List<Phrase> problems = new ArrayList<>();
        UUID role = rolesByName.get(record.value("role").toLowerCase(Locale.ROOT));
        if (role == null) {
            problems.add(new Phrase("invite.bulk.unknownRole", record.value("role")));
        }
        Set<UUID> locations = new LinkedHashSet<>();
        for (String name : record.value("locations").split(";")) {
            if (name.isBlank()) {
                continue;
            }
            UUID location = locationsByName.get(name.strip().toLowerCase(Locale.ROOT));
            if (location == null) {
                problems.add(new Phrase("invite.bulk.unknownLocation", name.strip()));
            } else {
                locations.add(location);
            }
        }
        String provider = record.value("provider").toLowerCase(Locale.ROOT);
        if (!Set.of("yes", "no", "").contains(provider)) {
            problems.add(new Phrase("invite.bulk.provider"));
        }
        String sameAddress = EmailAddresses.isValid(email) ? EmailAddresses.canonical(email) : email;
        if (!seen.add(sameAddress.toLowerCase(Locale.ROOT))) {
            problems.add(new Phrase("invite.bulk.emailTwice"));
        }
        LocalDate startsOn = csvDay(record, "access starts", problems);
        LocalDate endsOn = csvDay(record, "access ends", problems);
        NewTeammate.Provider providerSettings = provider.equals("yes") ? NewTeammate.Provider.defaults()
                : NewTeammate.Provider.none();
        NewTeammate draft = new NewTeammate(role, locations, locations.isEmpty() ? null : locations.iterator().next(),
                record.value("first name"), record.value("last name"), email, List.of(), providerSettings,
                NewTeammate.Booking.empty(), new AccessPeriod(startsOn, endsOn, null));
        if (problems.isEmpty()) {
            // A file has a name on every line, whoever it is for; someone with a login keeps the name of that login.
            NewTeammateValidation.nameProblems(draft).forEach(problem -> problems.add(new Phrase("refusals.one", problem)));
            NewTeammateValidation.problems(draft, region).forEach(problem -> problems.add(new Phrase("refusals.one", problem)));
        }
        return new Parsed(record.line(), email, problems.isEmpty() ? draft : null,
                problems.isEmpty() ? null : Phrase.sentences(problems));
    }

    private static @Nullable LocalDate csvDay(CsvImport.Row record, String column, List<Phrase> problems) {
        try {
            return AccessPeriodRules.csvDay(record.value(column));
        } catch (IllegalArgumentException unreadable) {
            problems.add(new Phrase(column.equals("access starts") ? "invite.bulk.accessStarts" : "invite.bulk.accessEnds",
                    unreadable.getMessage()));
            return null;
        }
    }

    /**
     * Invites the rows without a problem one after the other, each through {@code invite} (its own
     * transaction); a row that fails is reported and the next one still goes. A refusal's message is
     * shown; any other failure is logged and reported without its details.
     */
    static Flux<BulkInviteReport.Row> inviteEach(List<Parsed> rows, Function<NewTeammate, Mono<UUID>> invite) {
        return Flux.fromIterable(rows).concatMap(row -> row.draft() == null
                ? Mono.just(new BulkInviteReport.Row(row.line(), row.email(), false,
                        Objects.requireNonNull(row.problem(), "a row without a draft has a problem")))
                : Mono.defer(() -> invite.apply(row.draft()))
                        .map(id -> new BulkInviteReport.Row(row.line(), row.email(), true, new Phrase("invite.bulk.invited")))
                        .onErrorResume(failure -> Mono.just(new BulkInviteReport.Row(row.line(), row.email(), false,
                                reason(row, failure)))));
    }

    private static Phrase reason(Parsed row, Throwable failure) {
        if (failure instanceof ChangeRefusedException refused) {
            return refused.phrase() != null ? refused.phrase() : new Phrase("refusals.one", refused.getMessage());
        }
        if (failure instanceof PermissionRefusedException refused) {
            return refused.phrase();
        }
        if (failure instanceof AccessDeniedException denied) {
            return new Phrase("refusals.one", denied.getMessage());
        }
        log.error("Inviting line {} of a CSV file failed", row.line(), failure);
        return new Phrase("invite.bulk.unexpected");
    }
}
