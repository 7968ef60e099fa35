package app.staffroom.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The probe against a real HTTP server of the JDK's standing in for the management port. */
class HealthProbeTest {

    private final CountDownLatch release = new CountDownLatch(1);
    private HttpServer actuator;
    private int port;

    @BeforeEach
    void startActuator() throws IOException {
        actuator = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        actuator.createContext("/actuator/health/liveness", exchange -> answer(exchange, 200, "{\"status\":\"UP\"}"));
        actuator.createContext("/actuator/health/readiness",
                exchange -> answer(exchange, 503, "{\"status\":\"OUT_OF_SERVICE\"}"));
        actuator.createContext("/slow", exchange -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answer(exchange, 200, "{\"status\":\"UP\"}");
        });
        actuator.setExecutor(Executors.newCachedThreadPool());
        actuator.start();
        port = actuator.getAddress().getPort();
    }

    @AfterEach
    void stopActuator() {
        release.countDown();
        actuator.stop(0);
    }

    @Test
    void a_200_is_healthy() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        int exit = HealthProbe.run(new String[0], Map.of("STAFFROOM_MANAGEMENT_PORT", String.valueOf(port)), into(printed));

        assertThat(exit).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .isEqualTo("http://localhost:" + port + "/actuator/health/liveness: 200 {\"status\":\"UP\"}\n");
    }

    @Test
    void a_503_is_unhealthy() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        int exit = HealthProbe.run(new String[] {"readiness"}, Map.of("STAFFROOM_MANAGEMENT_PORT", String.valueOf(port)),
                into(printed));

        assertThat(exit).isEqualTo(1);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains(": 503 {\"status\":\"OUT_OF_SERVICE\"}");
    }

    @Test
    void a_refused_connection_is_unhealthy() {
        actuator.stop(0);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        int exit = HealthProbe.check(URI.create("http://localhost:" + port + "/actuator/health/liveness"),
                Duration.ofSeconds(5), into(printed));

        assertThat(exit).isEqualTo(1);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("connection refused");
    }

    @Test
    void no_answer_within_the_timeout_is_unhealthy() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        int exit = HealthProbe.check(URI.create("http://localhost:" + port + "/slow"), Duration.ofMillis(300), into(printed));

        assertThat(exit).isEqualTo(1);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("no answer within 300 ms");
    }

    @Test
    void the_port_comes_from_the_environment_and_defaults_to_8081() {
        assertThat(HealthProbe.target(new String[0], Map.of()))
                .isEqualTo(URI.create("http://localhost:8081/actuator/health/liveness"));
        assertThat(HealthProbe.target(new String[] {"readiness"}, Map.of("STAFFROOM_MANAGEMENT_PORT", " 9101 ")))
                .isEqualTo(URI.create("http://localhost:9101/actuator/health/readiness"));
    }

    @Test
    void a_wrong_port_or_group_is_named_and_unhealthy() {
        assertThatThrownBy(() -> HealthProbe.target(new String[0], Map.of("STAFFROOM_MANAGEMENT_PORT", "eighty")))
                .hasMessage("STAFFROOM_MANAGEMENT_PORT must be a port number from 1 to 65535, not \"eighty\"");
        assertThatThrownBy(() -> HealthProbe.target(new String[0], Map.of("STAFFROOM_MANAGEMENT_PORT", "70000")))
                .hasMessageContaining("from 1 to 65535");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        assertThat(HealthProbe.run(new String[] {"startup"}, Map.of(), into(printed))).isEqualTo(1);
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo("Usage: HealthProbe [liveness|readiness]\n");
    }

    /** The command the image's health check runs: a JVM of its own with only the application's classes. */
    @Test
    void the_command_of_the_image_exits_0_when_live_and_1_when_not_ready() throws Exception {
        Path classes = Path.of(HealthProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI());

        assertThat(probe(classes, "liveness")).isZero();
        assertThat(probe(classes, "readiness")).isEqualTo(1);
    }

    private int probe(Path classes, String group) throws IOException, InterruptedException {
        ProcessBuilder command = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classes.toString(), HealthProbe.class.getName(), group).inheritIO();
        command.environment().put("STAFFROOM_MANAGEMENT_PORT", String.valueOf(port));
        Process process = command.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static PrintStream into(ByteArrayOutputStream printed) {
        return new PrintStream(printed, true, StandardCharsets.UTF_8);
    }
}
