package app.staffroom.ops;

import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when the management port ({@code STAFFROOM_MANAGEMENT_PORT}) is the application's own
 * ({@code PORT}): Spring Boot would then serve health, info and metrics, which need no sign-in, to everyone who
 * reaches the application.
 */
@Component
class ManagementPort {

    ManagementPort(@Value("${server.port:8080}") String serverPort, @Value("${management.server.port:}") String managementPort) {
        problem(serverPort, managementPort).ifPresent(problem -> {
            throw new IllegalStateException(problem);
        });
    }

    /** Why these ports cannot be used together, if they cannot; port 0 (any free port) never clashes. */
    static Optional<String> problem(String serverPort, String managementPort) {
        String server = serverPort.strip();
        String management = managementPort.strip();
        if (management.isEmpty() || management.equals("0") || !management.equals(server)) {
            return Optional.empty();
        }
        return Optional.of("STAFFROOM_MANAGEMENT_PORT (" + management + ") is the same as PORT: health, info and "
                + "metrics answer without sign-in, so they need a port of their own that stays off the public network.");
    }
}
