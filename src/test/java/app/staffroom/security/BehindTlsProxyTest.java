package app.staffroom.security;

import static app.staffroom.testing.RawHttp.get;
import static app.staffroom.testing.RawHttp.header;
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
 * Staffroom behind a proxy that ends TLS and forwards plain HTTP from an internal address (here the loopback
 * address, which Tomcat trusts by default), with the documented {@code STAFFROOM_SESSION_COOKIE_NAME} set to a
 * {@code __Host-} name. A request the proxy marks {@code X-Forwarded-Proto: https} is an https request in every
 * respect; one without it is plain http.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "STAFFROOM_SESSION_COOKIE_NAME=__Host-STAFFROOM")
class BehindTlsProxyTest {

    private static final String[] HTTPS = {"X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.7"};

    @LocalServerPort
    int port;

    @Autowired
    SignInTickets tickets;

    @Autowired
    DatabaseClient db;

    @Test
    void behind_https_the_session_cookie_is_a_secure_host_cookie_and_the_redirect_stays_on_https() {
        HttpResponse<String> answer = get(port, "/settings", HTTPS);

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(header(answer, "Location")).hasValueSatisfying(location -> assertThat(location)
                .startsWith("https://localhost/").endsWith("/login").doesNotContainIgnoringCase("jsessionid"));
        assertThat(RawHttp.cookies(answer)).singleElement().satisfies(cookie -> assertThat(cookie)
                .startsWith("__Host-STAFFROOM=").contains("; Secure", "; HttpOnly", "; Path=/", "SameSite=Lax")
                .doesNotContainIgnoringCase("domain="));
        assertThat(header(answer, "Strict-Transport-Security")).hasValue("max-age=31536000 ; includeSubDomains");
    }

    @Test
    void signing_in_behind_https_keeps_the_secure_cookie_and_https() {
        HttpResponse<String> signedIn = get(port, tickets.issueUnbound(olivia()), HTTPS);

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(header(signedIn, "Location")).hasValueSatisfying(location -> assertThat(location)
                .satisfiesAnyOf(l -> assertThat(l).startsWith("https://"), l -> assertThat(l).startsWith("/")));
        String cookie = RawHttp.cookies(signedIn).stream().filter(each -> each.startsWith("__Host-STAFFROOM="))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("; Secure");

        HttpResponse<String> page = get(port, "/settings", "Cookie", cookie.split(";", 2)[0], HTTPS[0], HTTPS[1]);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(header(page, "Strict-Transport-Security")).isPresent();
        assertThat(header(page, "Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
    }

    @Test
    void plain_http_gets_no_secure_cookie_and_no_strict_transport_security() {
        HttpResponse<String> answer = get(port, "/settings");

        assertThat(header(answer, "Location")).hasValueSatisfying(location -> assertThat(location).startsWith("http://localhost:" + port));
        assertThat(RawHttp.cookies(answer)).singleElement().satisfies(cookie -> assertThat(cookie).doesNotContain("Secure"));
        assertThat(header(answer, "Strict-Transport-Security")).isEmpty();
    }

    @Test
    void a_push_handshake_with_the_secure_cookie_is_upgraded_from_this_server_and_refused_from_another_site() {
        HttpResponse<String> signedIn = get(port, tickets.issueUnbound(olivia()), HTTPS);
        String cookie = RawHttp.cookie(signedIn, "__Host-STAFFROOM").orElseThrow();
        String push = "/VAADIN/push?v-r=push&v-uiId=0&v-pushId=x&X-Atmosphere-Transport=websocket";

        assertThat(RawHttp.webSocketHandshake(port, push, "http://localhost:" + port, cookie)).startsWith("HTTP/1.1 101");
        assertThat(RawHttp.webSocketHandshake(port, push, "http://evil.example", cookie)).startsWith("HTTP/1.1 403");
    }

    private SignedInAccount olivia() {
        UUID account = db.sql("select id from account where email = :e").bind("e", Demo.OLIVIA_ADMIN)
                .map(row -> row.get("id", UUID.class)).one().block();
        return new SignedInAccount(account, Demo.OLIVIA_ADMIN, "Olivia Bennett");
    }
}
