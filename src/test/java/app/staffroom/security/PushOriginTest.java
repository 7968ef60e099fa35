package app.staffroom.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.testing.Demo;
import app.staffroom.testing.RawHttp;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The push connection's WebSocket handshake, sent with a signed-in person's cookie as a browser would send it
 * from a page of this server and from a page of another site.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PushOriginTest {

    private static final String PUSH = "/VAADIN/push?v-r=push&v-uiId=0&v-pushId=x&X-Atmosphere-tracking-id=0"
            + "&X-Atmosphere-Transport=websocket&X-Atmosphere-Framework=3.1.5-javascript&Content-Type=application/json";

    @LocalServerPort
    int port;

    @Autowired
    SignInTickets tickets;

    @Autowired
    DatabaseClient db;

    @Test
    void a_handshake_from_another_site_is_refused_before_the_upgrade() {
        String answer = RawHttp.webSocketHandshake(port, PUSH, "http://evil.example", signedInSession());

        assertThat(answer).startsWith("HTTP/1.1 403");
    }

    @Test
    void a_handshake_from_another_port_of_the_same_host_is_refused() {
        String answer = RawHttp.webSocketHandshake(port, PUSH, "http://localhost:" + (port + 1), signedInSession());

        assertThat(answer).startsWith("HTTP/1.1 403");
    }

    @Test
    void a_handshake_from_this_server_is_upgraded() {
        String answer = RawHttp.webSocketHandshake(port, PUSH, "http://localhost:" + port, signedInSession());

        assertThat(answer).startsWith("HTTP/1.1 101");
    }

    private String signedInSession() {
        HttpResponse<String> signedIn = RawHttp.get(port, tickets.issueUnbound(olivia()));
        return RawHttp.cookie(signedIn, "JSESSIONID").orElseThrow();
    }

    private SignedInAccount olivia() {
        UUID account = db.sql("select id from account where email = :e").bind("e", Demo.OLIVIA_ADMIN)
                .map(row -> row.get("id", UUID.class)).one().block();
        return new SignedInAccount(account, Demo.OLIVIA_ADMIN, "Olivia Bennett");
    }
}
