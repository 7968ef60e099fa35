package app.staffroom.security;

import static app.staffroom.testing.RawHttp.header;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a browser fetches besides the page (the favicon, the app icons and the web app manifest) answers without a
 * session, with its own type, under the security headers; every page links to them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IconsAndManifestTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/favicon.ico, image/", "/favicon.svg, image/svg+xml", "/manifest.webmanifest, application/manifest+json",
            "/icons/icon-192.png, image/png", "/icons/icon-512.png, image/png", "/icons/apple-touch-icon.png, image/png"})
    void answers_without_a_session_with_its_content_type(String path, String type) throws Exception {
        HttpResponse<byte[]> answer = fetch(path);

        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        assertThat(header(answer, "Content-Type")).hasValueSatisfying(value -> assertThat(value).startsWith(type));
        assertThat(header(answer, "Content-Security-Policy")).hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(header(answer, "Set-Cookie")).as("no session is made for it").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/icons/icon-192.png, 192", "/icons/icon-512.png, 512", "/icons/apple-touch-icon.png, 180"})
    void the_icons_are_square_images_of_their_size(String path, int size) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(fetch(path).body()));

        assertThat(image.getWidth()).isEqualTo(size);
        assertThat(image.getHeight()).isEqualTo(size);
    }

    @Test
    void the_manifest_lets_a_phone_pin_staffroom_to_its_home_screen() throws Exception {
        JsonNode manifest = manifest(null);

        assertThat(manifest.get("name").asString()).isEqualTo("Staffroom");
        assertThat(manifest.get("short_name").asString()).isEqualTo("Staffroom");
        assertThat(manifest.get("description").asString()).isEqualTo("Your practice's team: people, roles, invitations and access.");
        assertThat(manifest.get("lang").asString()).isEqualTo("en");
        assertThat(manifest.get("display").asString()).isEqualTo("standalone");
        assertThat(manifest.get("start_url").asString()).isEqualTo("./");
        assertThat(manifest.get("theme_color").asString()).isEqualTo("#0f766e");
        assertThat(manifest.get("icons").toString()).contains("icons/icon-192.png", "icons/icon-512.png");
    }

    @Test
    void the_manifest_speaks_the_first_of_the_browsers_languages_that_staffroom_speaks() throws Exception {
        assertThat(manifest("de-DE,fr-CA;q=0.9,en;q=0.8").get("description").asString())
                .isEqualTo("L’équipe de votre cabinet : personnes, rôles, invitations et accès.");
        assertThat(manifest("de-DE,fr-CA;q=0.9,en;q=0.8").get("lang").asString()).isEqualTo("fr");
        assertThat(manifest("es-MX").get("description").asString())
                .isEqualTo("El equipo de su clínica: personas, roles, invitaciones y accesos.");
        assertThat(manifest("de-DE").get("lang").asString()).as("none Staffroom speaks: English").isEqualTo("en");
        HttpResponse<byte[]> answer = fetch("/manifest.webmanifest", "fr");
        assertThat(header(answer, "Vary")).hasValueSatisfying(vary -> assertThat(vary).contains("Accept-Language"));
    }

    @Test
    void every_page_links_the_icons_the_manifest_and_the_theme_colour() throws Exception {
        for (String path : new String[] {"/login", "/book/harbour-aesthetics"}) {
            String page = new String(fetch(path).body(), java.nio.charset.StandardCharsets.UTF_8);

            assertThat(page).as(path).contains("<link href=\"manifest.webmanifest\" rel=\"manifest\">",
                    "<link href=\"favicon.ico\" rel=\"icon\"", "<link href=\"favicon.svg\"", "type=\"image/svg+xml\"",
                    "<link href=\"icons/apple-touch-icon.png\" rel=\"apple-touch-icon\"",
                    "<meta name=\"theme-color\" content=\"#0f766e\">");
        }
    }

    private HttpResponse<byte[]> fetch(String path) throws Exception {
        return fetch(path, null);
    }

    private HttpResponse<byte[]> fetch(String path, String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private JsonNode manifest(String language) throws Exception {
        HttpResponse<byte[]> answer = fetch("/manifest.webmanifest", language);
        assertThat(answer.statusCode()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(answer.body());
    }
}
