package app.staffroom.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Twilio adapter against a local HTTP server that answers as Twilio's Messages API does (never the real
 * gateway): what it sends, and how it reads an answer and a refusal.
 */
class TwilioGatewayTest {

    private static final String SID = "AC0123456789abcdef0123456789abcdef";

    private record Received(String method, String path, String authorization, String contentType, Map<String, String> form) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private HttpServer twilio;
    private volatile int status = 201;
    private volatile String answer = "{\"sid\": \"SM0123456789abcdef0123456789abcdef\", \"status\": \"queued\"}";

    @BeforeEach
    void startTwilio() throws IOException {
        twilio = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        twilio.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Content-Type"), form(body)));
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        twilio.start();
    }

    @AfterEach
    void stopTwilio() {
        twilio.stop(0);
    }

    private TwilioGateway gateway() {
        return new TwilioGateway(new TwilioSettings(SID, "secret-token", "+15005550006",
                URI.create("http://127.0.0.1:" + twilio.getAddress().getPort())));
    }

    @Test
    void a_message_is_posted_to_the_accounts_messages_with_basic_authentication_and_a_form() {
        String id = gateway().send("+61491570156", "123456 is your Staffroom code to join Café Größe. It is valid for 10 minutes.");

        assertThat(id).isEqualTo("SM0123456789abcdef0123456789abcdef");
        assertThat(received).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/2010-04-01/Accounts/" + SID + "/Messages.json");
            assertThat(request.authorization()).isEqualTo("Basic " + Base64.getEncoder()
                    .encodeToString((SID + ":secret-token").getBytes(StandardCharsets.UTF_8)));
            assertThat(request.contentType()).startsWith("application/x-www-form-urlencoded");
            assertThat(request.form()).containsExactly(Map.entry("To", "+61491570156"), Map.entry("From", "+15005550006"),
                    Map.entry("Body", "123456 is your Staffroom code to join Café Größe. It is valid for 10 minutes."));
        });
    }

    @Test
    void a_refusal_names_the_status_and_twilios_error_code_but_never_the_message() {
        status = 400;
        answer = "{\"code\": 21211, \"message\": \"The 'To' number +61491570156 is not a valid phone number.\", \"status\": 400}";

        assertThatThrownBy(() -> gateway().send("+61491570156", "654321 is your Staffroom code"))
                .isInstanceOf(SmsNotSentException.class)
                .hasMessage("Twilio answered HTTP 400, error 21211");
    }

    @Test
    void an_outage_is_a_refusal_that_the_outbox_tries_again() {
        status = 503;
        answer = "Service Unavailable";

        assertThatThrownBy(() -> gateway().send("+61491570156", "654321 is your Staffroom code"))
                .isInstanceOf(SmsNotSentException.class).hasMessage("Twilio answered HTTP 503")
                .message().doesNotContain("654321");
    }

    @Test
    void a_gateway_that_cannot_be_reached_is_a_refusal_without_the_message() {
        twilio.stop(0);

        assertThatThrownBy(() -> gateway().send("+61491570156", "654321 is your Staffroom code"))
                .isInstanceOf(SmsNotSentException.class).hasMessageStartingWith("Twilio could not be reached")
                .message().doesNotContain("654321");
    }

    @Test
    void an_answer_without_a_message_sid_is_a_refusal() {
        answer = "{}";

        assertThatThrownBy(() -> gateway().send("+61491570156", "hello"))
                .isInstanceOf(SmsNotSentException.class).hasMessage("Twilio's answer holds no message SID");
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            String[] parts = pair.split("=", 2);
            fields.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    URLDecoder.decode(parts.length > 1 ? parts[1] : "", StandardCharsets.UTF_8));
        }
        return fields;
    }
}
