package app.staffroom.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.springframework.util.FileSystemUtils;

/**
 * The two-node cluster of {@code deploy/local-cluster} (PostgreSQL, two nodes from the production jar, HAProxy
 * with {@code deploy/haproxy.cfg}) on free ports, with its state in {@code target/local-cluster-it}; every
 * change to it goes through the script, as an operator's would. Its PostgreSQL is read over JDBC, each node's
 * health from its management port and each node's sessions from its own HTTP port, past the balancer.
 */
final class LocalCluster {

    static final Path SCRIPT = Path.of("deploy", "local-cluster");
    private static final Path STATE = Path.of("target", "local-cluster-it");
    private static final Duration SCRIPT_LIMIT = Duration.ofMinutes(4);

    private final int balancerPort;
    private final Map<String, Integer> ports;
    private final Map<String, Integer> managementPorts;
    private final int databasePort;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private Duration startTime = Duration.ZERO;

    private LocalCluster(List<Integer> free) {
        this.balancerPort = free.get(0);
        this.ports = Map.of("a", free.get(1), "b", free.get(2));
        this.managementPorts = Map.of("a", free.get(3), "b", free.get(4));
        this.databasePort = free.get(5);
    }

    /** A cluster on free ports, not started yet. */
    static LocalCluster onFreePorts() {
        return new LocalCluster(freePorts(6));
    }

    /**
     * Starts the whole cluster on an empty database (the demo data is then loaded) and waits until both nodes
     * are ready. Whatever an earlier run left running in the state directory is stopped first.
     */
    void start() {
        if (Files.exists(STATE.resolve("cluster.env"))) {
            script("stop");
        }
        FileSystemUtils.deleteRecursively(STATE.toFile());
        long began = System.nanoTime();
        script("start");
        startTime = Duration.ofNanos(System.nanoTime() - began);
    }

    /** How long {@code deploy/local-cluster start} took. */
    Duration startTime() {
        return startTime;
    }

    /** Stops everything the script started. */
    void stop() {
        script("stop");
    }

    void stopNode(String node) {
        script("stop-node", node);
    }

    /** Starts the node and waits until its readiness is UP. */
    void startNode(String node) {
        script("start-node", node);
    }

    void stopDatabase() {
        script("stop-db");
    }

    void startDatabase() {
        script("start-db");
    }

    String balancer() {
        return "http://localhost:" + balancerPort;
    }

    int balancerPort() {
        return balancerPort;
    }

    /** The HTTP status of the node's readiness ({@code /actuator/health/readiness}), 0 when the node does not answer. */
    int readiness(String node) {
        return status(URI.create("http://localhost:" + managementPorts.get(node) + "/actuator/health/readiness"), Map.of());
    }

    /** The HTTP status of the node's liveness, 0 when the node does not answer. */
    int liveness(String node) {
        return status(URI.create("http://localhost:" + managementPorts.get(node) + "/actuator/health/liveness"), Map.of());
    }

    /** The HTTP status of {@code path} through the balancer, 0 when it does not answer. */
    int throughTheBalancer(String path) {
        return status(URI.create(balancer() + path), Map.of());
    }

    /**
     * The node HAProxy sends a browser to that asks to be kept on {@code node}: that node while HAProxy finds it
     * ready, else the node it moved the browser to (named in the new sticky cookie it sets).
     */
    String nodeServing(String node) {
        HttpResponse<Void> response = send(URI.create(balancer() + "/login"), Map.of("Cookie", "STAFFROOM_NODE=" + node));
        return response.headers().allValues("set-cookie").stream()
                .filter(cookie -> cookie.startsWith("STAFFROOM_NODE="))
                .map(cookie -> cookie.substring("STAFFROOM_NODE=".length(), cookie.indexOf(';')))
                .findFirst().orElse(node);
    }

    /**
     * True when {@code node} itself (asked on its own port, past the balancer) holds the signed-in session
     * {@code sessionId}: a session it does not know is sent to its sign-in page.
     */
    boolean holdsSignedInSession(String node, String sessionId) {
        HttpResponse<Void> response = send(URI.create("http://localhost:" + ports.get(node) + "/"),
                Map.of("Cookie", "JSESSIONID=" + sessionId));
        Optional<String> location = response.headers().firstValue("location");
        return response.statusCode() == 200 || (response.statusCode() / 100 == 3 && location.isPresent()
                && !location.get().endsWith("/login"));
    }

    /** HAProxy's log lines on its nodes' state ("Server nodes/node-a is DOWN, reason: ..."), oldest first. */
    String balancerStateChanges() {
        return String.join("\n", balancerLog().stream().filter(line -> line.startsWith("Server nodes/")).toList());
    }

    /**
     * HAProxy's last {@code count} requests, oldest first, as its log has them: node chosen, status, and the
     * sticky cookie's fate in the 3rd and 4th letters of the termination state ("--VN": the browser's cookie named
     * a ready node; "--DI": it named a node found down, so a new one was inserted).
     */
    String balancerRequests(int count) {
        List<String> requests = balancerLog().stream().filter(line -> line.contains(" staffroom nodes/")).toList();
        return String.join("\n", requests.subList(Math.max(0, requests.size() - count), requests.size()));
    }

    private static List<String> balancerLog() {
        try (var lines = Files.lines(STATE.resolve("logs").resolve("haproxy.log"))) {
            return lines.toList();
        } catch (IOException e) {
            return List.of("HAProxy's log could not be read: " + e.getMessage());
        }
    }

    /** The single number {@code sql} answers on the cluster's database; {@code parameters} fill its {@code ?}. */
    long count(String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + databasePort + "/staffroom", "postgres", "");
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not query the cluster's database: " + e.getMessage(), e);
        }
    }

    private int status(URI uri, Map<String, String> headers) {
        try {
            return send(uri, headers).statusCode();
        } catch (UncheckedIOException refused) {
            return 0;
        }
    }

    private HttpResponse<Void> send(URI uri, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET();
        headers.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs the script with this cluster's settings; its output goes to the test's; fails unless it exits with 0. */
    private void script(String... arguments) {
        List<String> command = new ArrayList<>(List.of(SCRIPT.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("STAFFROOM_"));
        environment.put("STAFFROOM_CLUSTER_DIR", STATE.toAbsolutePath().toString());
        environment.put("STAFFROOM_CLUSTER_PORT", String.valueOf(balancerPort));
        environment.put("STAFFROOM_NODE_A_PORT", String.valueOf(ports.get("a")));
        environment.put("STAFFROOM_NODE_B_PORT", String.valueOf(ports.get("b")));
        environment.put("STAFFROOM_NODE_A_MANAGEMENT_PORT", String.valueOf(managementPorts.get("a")));
        environment.put("STAFFROOM_NODE_B_MANAGEMENT_PORT", String.valueOf(managementPorts.get("b")));
        environment.put("STAFFROOM_CLUSTER_DB_PORT", String.valueOf(databasePort));
        environment.put("STAFFROOM_JAR", jar().toAbsolutePath().toString());
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        try {
            Process process = builder.start();
            if (!process.waitFor(SCRIPT_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroy();
                throw new AssertionError("local-cluster " + String.join(" ", arguments) + " did not end within " + SCRIPT_LIMIT);
            }
            if (process.exitValue() != 0) {
                throw new AssertionError("local-cluster " + String.join(" ", arguments) + " failed with " + process.exitValue()
                        + " (logs in " + STATE.resolve("logs").toAbsolutePath() + ")");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The production jar that {@code package} built (the build names it in {@code staffroom.jar}). */
    private static Path jar() {
        Path jar = Path.of(System.getProperty("staffroom.jar", "target/staffroom-0.1.0-SNAPSHOT.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No production jar at " + jar + ": run ./mvnw verify (or package) first");
        }
        return jar;
    }

    private static List<Integer> freePorts(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0));
            }
            return sockets.stream().map(ServerSocket::getLocalPort).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            sockets.forEach(socket -> {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // the port is free again either way
                }
            });
        }
    }
}
