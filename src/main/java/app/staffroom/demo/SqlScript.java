package app.staffroom.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Statements run one after the other; ids are chosen up front so no statement waits for another's result. */
final class SqlScript {

    private record Statement(String sql, Map<String, Object> parameters) {
    }

    private final List<Statement> statements = new ArrayList<>();

    /** @param namesAndValues alternating parameter names and non-null values */
    SqlScript add(String sql, Object... namesAndValues) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        statements.add(new Statement(sql, parameters));
        return this;
    }

    Mono<Void> run(DatabaseClient db) {
        return Flux.fromIterable(statements)
                .concatMap(statement -> {
                    DatabaseClient.GenericExecuteSpec spec = db.sql(statement.sql());
                    for (Map.Entry<String, Object> parameter : statement.parameters().entrySet()) {
                        spec = spec.bind(parameter.getKey(), parameter.getValue());
                    }
                    return spec.fetch().rowsUpdated();
                })
                .then();
    }
}
