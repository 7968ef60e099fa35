package app.staffroom.ops;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * The container health check, for images without curl or wget: asks this node's Actuator whether Staffroom
 * is live (or ready) and exits 0 when it is, 1 when it is not.
 * <p>
 * In the image: {@code java -cp /app/classes app.staffroom.ops.HealthProbe [liveness|readiness]} (default
 * {@code liveness}). It GETs {@code http://localhost:<STAFFROOM_MANAGEMENT_PORT, default 8081>/actuator/health/<group>}:
 * a 200 within 5 seconds is healthy; any other status (Actuator answers 503 for DOWN and OUT_OF_SERVICE), a
 * refused connection or no answer is not. The exit codes are those of Docker's {@code HEALTHCHECK}
 * (0 healthy, 1 unhealthy; 2 is reserved there and never used). One line goes to standard output, which
 * Docker keeps in the container's health log.
 * <p>
 * It uses the JDK only, so that it runs in a JVM of its own with nothing but the application's classes on
 * the class path, and never touches the running application's JVM.
 */
public final class HealthProbe {

    /** How long the probe waits for the connection, and again for the answer. */
    static final Duration TIMEOUT = Duration.ofSeconds(5);
    static final String PORT_VARIABLE = "STAFFROOM_MANAGEMENT_PORT";
    static final int DEFAULT_PORT = 8081;
    private static final Set<String> GROUPS = Set.of("liveness", "readiness");
    private static final int SHOWN_BODY = 300;

    private HealthProbe() {
    }

    /**
     * @param args nothing, {@code liveness} or {@code readiness}
     */
    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out));
    }

    /**
     * The whole probe without leaving the JVM.
     *
     * @param env the environment, of which only {@value #PORT_VARIABLE} is read
     * @return the exit code: 0 healthy, 1 unhealthy or not understood
     */
    static int run(String[] args, Map<String, String> env, PrintStream out) {
        URI target;
        try {
            target = target(args, env);
        } catch (IllegalArgumentException refused) {
            out.println(refused.getMessage());
            return 1;
        }
        return check(target, TIMEOUT, out);
    }

    /**
     * The health endpoint to ask.
     *
     * @throws IllegalArgumentException for a group other than {@code liveness} or {@code readiness}, more
     *     than one argument, or a port that is not a number from 1 to 65535
     */
    static URI target(String[] args, Map<String, String> env) {
        if (args.length > 1 || (args.length == 1 && !GROUPS.contains(args[0]))) {
            throw new IllegalArgumentException("Usage: HealthProbe [liveness|readiness]");
        }
        String group = args.length == 1 ? args[0] : "liveness";
        String configured = env.getOrDefault(PORT_VARIABLE, "").strip();
        int port = DEFAULT_PORT;
        if (!configured.isEmpty()) {
            try {
                port = Integer.parseInt(configured);
            } catch (NumberFormatException notANumber) {
                port = 0;
            }
            if (port < 1 || port > 65_535) {
                throw new IllegalArgumentException(PORT_VARIABLE + " must be a port number from 1 to 65535, not \""
                        + configured + "\"");
            }
        }
        return URI.create("http://localhost:" + port + "/actuator/health/" + group);
    }

    /**
     * Asks once.
     *
     * @param timeout for the connection and again for the answer
     * @return 0 for a 200, 1 otherwise
     */
    static int check(URI target, Duration timeout, PrintStream out) {
        HttpRequest request = HttpRequest.newBuilder(target).timeout(timeout).GET().build();
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).build()) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            String body = response.body().strip();
            out.println(target + ": " + response.statusCode() + " "
                    + (body.length() > SHOWN_BODY ? body.substring(0, SHOWN_BODY) + "…" : body));
            return response.statusCode() == 200 ? 0 : 1;
        } catch (HttpTimeoutException slow) {
            out.println(target + ": no answer within " + timeout.toMillis() + " ms");
        } catch (ConnectException refused) {
            out.println(target + ": connection refused (not started yet, or stopped)");
        } catch (IOException failed) {
            out.println(target + ": the connection failed before an answer came");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            out.println(target + ": interrupted before an answer came");
        }
        return 1;
    }
}
