package app.staffroom.team.ui;

import app.staffroom.team.TeammateFilter;
import app.staffroom.team.TeammateSort;
import app.staffroom.team.TeammateStatus;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** The teammates list's tab, filters and sort order as URL query parameters, so a reload keeps them. */
final class TeammateListUrl {

    private TeammateListUrl() {
    }

    static TeammateFilter read(QueryParameters query) {
        TeammateStatus status = parameter(query, "tab")
                .flatMap(tab -> parse(() -> TeammateStatus.valueOf(tab.toUpperCase(Locale.ROOT))))
                .orElse(TeammateStatus.ACTIVE);
        TeammateSort sort = parameter(query, "sort")
                .flatMap(name -> parse(() -> TeammateSort.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'))))
                .orElse(TeammateSort.NAME);
        Boolean provider = parameter(query, "provider").map(value -> switch (value) {
            case "yes" -> Boolean.TRUE;
            case "no" -> Boolean.FALSE;
            default -> null;
        }).orElse(null);
        return new TeammateFilter(status,
                parameter(query, "q").orElse(""),
                parameter(query, "role").flatMap(id -> parse(() -> UUID.fromString(id))).orElse(null),
                parameter(query, "location").flatMap(id -> parse(() -> UUID.fromString(id))).orElse(null),
                provider,
                sort,
                parameter(query, "desc").map("true"::equals).orElse(false));
    }

    static QueryParameters write(TeammateFilter filter) {
        Map<String, String> values = new LinkedHashMap<>();
        if (filter.status() != TeammateStatus.ACTIVE) {
            values.put("tab", filter.status().name().toLowerCase(Locale.ROOT));
        }
        if (!filter.search().isEmpty()) {
            values.put("q", filter.search());
        }
        putIfPresent(values, "role", filter.roleId());
        putIfPresent(values, "location", filter.locationId());
        if (filter.provider() != null) {
            values.put("provider", filter.provider() ? "yes" : "no");
        }
        if (filter.sort() != TeammateSort.NAME) {
            values.put("sort", filter.sort().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        if (filter.descending()) {
            values.put("desc", "true");
        }
        return QueryParameters.simple(values);
    }

    private static void putIfPresent(Map<String, String> values, String name, @Nullable UUID id) {
        if (id != null) {
            values.put(name, id.toString());
        }
    }

    private static Optional<String> parameter(QueryParameters query, String name) {
        return query.getSingleParameter(name).filter(value -> !value.isBlank());
    }

    private static <T> Optional<T> parse(Supplier<T> parser) {
        try {
            return Optional.of(parser.get());
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }
}
