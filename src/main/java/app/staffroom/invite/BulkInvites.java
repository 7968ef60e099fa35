package app.staffroom.invite;

import app.staffroom.base.ChangeRefusedException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.security.access.AccessDeniedException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads a CSV file of people to invite: {@code first name, last name, email, role, locations,
 * provider}. Locations are names separated by semicolons, the first being the default; provider is
 * yes or no. Each row is checked on its own and invited in its own transaction, so a bad row never
 * leaves anything half-created and never stops the good ones.
 */
final class BulkInvites {

    static final List<String> COLUMNS = List.of("first name", "last name", "email", "role", "locations", "provider");
    static final int MAX_ROWS = 500;

    private BulkInvites() {
    }

    record Parsed(long line, String email, NewTeammate draft, String problem) {
    }

    static List<Parsed> parse(String csv, Map<String, UUID> rolesByName, Map<String, UUID> locationsByName,
                              String region) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setIgnoreHeaderCase(true).get();
        List<Parsed> parsed = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv), format)) {
            Set<String> header = new HashSet<>();
            parser.getHeaderNames().forEach(name -> header.add(name.toLowerCase(Locale.ROOT)));
            List<String> missing = COLUMNS.stream().filter(column -> !header.contains(column)).toList();
            if (!missing.isEmpty()) {
                throw new ChangeRefusedException("The file's first line must name the columns " + String.join(", ", COLUMNS)
                        + ". Missing: " + String.join(", ", missing) + ".");
            }
            Set<String> seen = new HashSet<>();
            for (CSVRecord record : parser) {
                if (parsed.size() >= MAX_ROWS) {
                    throw new ChangeRefusedException("At most " + MAX_ROWS + " people per file.");
                }
                parsed.add(row(record, rolesByName, locationsByName, region, seen));
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException unreadable) {
            throw new ChangeRefusedException("The file is not readable as CSV: " + unreadable.getMessage());
        }
        if (parsed.isEmpty()) {
            throw new ChangeRefusedException("The file has no rows below its header.");
        }
        return parsed;
    }

    private static Parsed row(CSVRecord record, Map<String, UUID> rolesByName, Map<String, UUID> locationsByName,
                              String region, Set<String> seen) {
        long line = record.getRecordNumber() + 1;
        String email = value(record, "email");
        List<String> problems = new ArrayList<>();
        UUID role = rolesByName.get(value(record, "role").toLowerCase(Locale.ROOT));
        if (role == null) {
            problems.add("Unknown role '" + value(record, "role") + "'.");
        }
        Set<UUID> locations = new LinkedHashSet<>();
        for (String name : value(record, "locations").split(";")) {
            if (name.isBlank()) {
                continue;
            }
            UUID location = locationsByName.get(name.strip().toLowerCase(Locale.ROOT));
            if (location == null) {
                problems.add("Unknown location '" + name.strip() + "'.");
            } else {
                locations.add(location);
            }
        }
        String provider = value(record, "provider").toLowerCase(Locale.ROOT);
        if (!Set.of("yes", "no", "").contains(provider)) {
            problems.add("Provider must be yes or no.");
        }
        if (!seen.add(email.toLowerCase(Locale.ROOT))) {
            problems.add("This email appears more than once in the file.");
        }
        NewTeammate.Provider providerSettings = provider.equals("yes")
                ? new NewTeammate.Provider(true, false, null, false, "#0F766E", 1, 15, null, null, null, "")
                : NewTeammate.Provider.none();
        NewTeammate draft = new NewTeammate(role, locations, locations.isEmpty() ? null : locations.iterator().next(),
                value(record, "first name"), value(record, "last name"), email, List.of(), providerSettings,
                NewTeammate.Booking.empty());
        if (problems.isEmpty()) {
            problems.addAll(NewTeammateValidation.problems(WizardStep.REVIEW, draft, region).values());
        }
        return new Parsed(line, email, draft, String.join(" ", problems));
    }

    private static String value(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column) ? record.get(column).strip() : "";
    }

    static Flux<BulkInviteReport.Row> inviteEach(List<Parsed> rows, Function<NewTeammate, Mono<UUID>> invite) {
        return Flux.fromIterable(rows).concatMap(row -> row.problem().isEmpty()
                ? invite.apply(row.draft())
                        .map(id -> new BulkInviteReport.Row(row.line(), row.email(), true, "Invited."))
                        .onErrorResume(refused -> refused instanceof ChangeRefusedException
                                        || refused instanceof AccessDeniedException,
                                refused -> Mono.just(new BulkInviteReport.Row(row.line(), row.email(), false,
                                        refused.getMessage())))
                : Mono.just(new BulkInviteReport.Row(row.line(), row.email(), false, row.problem())));
    }
}
