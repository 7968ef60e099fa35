package app.staffroom.security;

import static app.staffroom.testing.RawHttp.get;
import static app.staffroom.testing.RawHttp.header;
import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.testing.Demo;
import app.staffroom.testing.RawHttp;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;

/** The security headers of real answers of the running server, to a signed-out browser and a signed-in one. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHeadersTest {

    private static final String TOKEN = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

    @LocalServerPort
    int port;

    @Autowired
    SignInTickets tickets;

    @Autowired
    DatabaseClient db;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/login", "/invitation/" + TOKEN, "/profile/email/" + TOKEN, "/reset-password?token=" + TOKEN,
            "/setup?token=" + TOKEN, "/book/harbour-aesthetics", "/styles.css", "/", "/signin/ticket/unknown"})
    void every_answer_has_the_content_security_policy_nosniff_and_a_permissions_policy(String path) {
        HttpResponse<String> answer = get(port, path);

        assertThat(header(answer, "Content-Security-Policy")).as("%s", RawHttp.all(answer)).hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(header(answer, "X-Content-Type-Options")).hasValue("nosniff");
        assertThat(header(answer, "Permissions-Policy")).hasValue(SecurityHeaders.PERMISSIONS_POLICY);
        assertThat(header(answer, "X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void the_policy_allows_only_this_origin_and_what_vaadin_needs() {
        assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY)
                .contains("default-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'",
                        "form-action 'self'", "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                        "style-src 'self' 'unsafe-inline'")
                .doesNotContain("*", "http:", "https:");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/invitation/" + TOKEN, "/profile/email/" + TOKEN, "/reset-password?token=" + TOKEN,
            "/reset-password/" + TOKEN, "/setup?token=" + TOKEN})
    void pages_with_a_token_in_their_address_send_no_referrer_and_are_never_stored(String path) {
        HttpResponse<String> answer = get(port, path);

        assertThat(header(answer, "Referrer-Policy")).as("%s", RawHttp.all(answer)).hasValue("no-referrer");
        assertThat(header(answer, "Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/login", "/book/harbour-aesthetics", "/", "/invitations"})
    void other_pages_send_only_their_origin_to_other_sites(String path) {
        HttpResponse<String> answer = get(port, path);

        assertThat(header(answer, "Referrer-Policy")).as("%s", RawHttp.all(answer)).hasValue("strict-origin-when-cross-origin");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/settings", "/profile", "/audit", "/invitations", "/teammates/new", "/live"})
    void a_signed_in_page_is_never_stored_and_its_address_stays_on_this_site(String path) {
        String session = signedInSession();

        HttpResponse<String> answer = get(port, path, "Cookie", session);

        assertThat(answer.statusCode()).as("%s", RawHttp.all(answer)).isEqualTo(200);
        assertThat(answer.body()).contains("<html");
        assertThat(header(answer, "Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        assertThat(header(answer, "Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(header(answer, "Content-Security-Policy")).hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
    }

    @Test
    void a_plain_http_answer_has_no_strict_transport_security() {
        assertThat(header(get(port, "/login"), "Strict-Transport-Security")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/settings", "/VAADIN/push", "/invitations"})
    void a_first_request_without_a_cookie_is_redirected_without_the_session_id_in_the_address(String path) {
        HttpResponse<String> answer = get(port, path);

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(header(answer, "Location")).hasValueSatisfying(location -> assertThat(location)
                .endsWith("/login").doesNotContainIgnoringCase("jsessionid"));
        HttpResponse<String> ticket = get(port, tickets.issueUnbound(olivia()));
        assertThat(header(ticket, "Location")).hasValueSatisfying(location -> assertThat(location)
                .doesNotContainIgnoringCase("jsessionid"));
    }

    private String signedInSession() {
        HttpResponse<String> signedIn = get(port, tickets.issueUnbound(olivia()));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        return RawHttp.cookie(signedIn, "JSESSIONID").orElseThrow();
    }

    private SignedInAccount olivia() {
        UUID account = db.sql("select id from account where email = :e").bind("e", Demo.OLIVIA_ADMIN)
                .map(row -> row.get("id", UUID.class)).one().block();
        return new SignedInAccount(account, Demo.OLIVIA_ADMIN, "Olivia Bennett");
    }
}
