package app.staffroom.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Health, info and Prometheus answer on the management port, without a session, and only there. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ManagementEndpointsTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalManagementPort
    int managementPort;

    @LocalServerPort
    int serverPort;

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void liveness_and_readiness_are_up_with_the_database_and_the_live_updates_in_readiness() throws Exception {
        assertThat(managementPort).isNotEqualTo(serverPort);
        HttpResponse<String> liveness = get(managementPort, "/actuator/health/liveness");
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).contains("\"status\":\"UP\"").doesNotContain("r2dbc");

        HttpResponse<String> readiness = get(managementPort, "/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"", "\"r2dbc\"", "\"liveUpdates\"");
    }

    @Test
    void info_names_the_version_and_the_commit() throws Exception {
        HttpResponse<String> info = get(managementPort, "/actuator/info");
        assertThat(info.statusCode()).isEqualTo(200);
        assertThat(info.body()).contains("\"build\"", "\"version\"", "\"git\"", "\"commit\"");
    }

    @Test
    void prometheus_text_holds_the_staffroom_metrics() throws Exception {
        HttpResponse<String> metrics = get(managementPort, "/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(metrics.body()).contains(
                "staffroom_screens_open", "staffroom_live_delay_seconds_bucket", "staffroom_live_events_received_total",
                "staffroom_live_reconnects_total", "staffroom_outbox_pending", "staffroom_outbox_failed",
                "staffroom_outbox_oldest_age_seconds", "staffroom_invitations_sent_total",
                "staffroom_invitations_accepted_total", "staffroom_signins_total", "staffroom_shared_reads_total",
                "r2dbc_pool_", "jvm_memory_used_bytes", "http_server_requests_seconds");
    }

    @Test
    void every_series_names_its_node() throws Exception {
        String node = java.net.InetAddress.getLocalHost().getHostName();
        assertThat(get(managementPort, "/actuator/prometheus").body().lines().filter(line -> line.startsWith("staffroom_")))
                .isNotEmpty().allSatisfy(line -> assertThat(line).contains("node=\"" + node + "\""));
    }

    @Test
    void the_application_port_serves_no_actuator_endpoint() throws Exception {
        HttpResponse<String> onApplicationPort = get(serverPort, "/actuator/prometheus");
        assertThat(onApplicationPort.body()).doesNotContain("staffroom_screens_open");
    }
}
