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
        String manifest = new String(fetch("/manifest.webmanifest").body(), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(manifest).contains("\"name\": \"Staffroom\"", "\"short_name\": \"Staffroom\"", "\"display\": \"standalone\"",
                "\"start_url\"", "\"theme_color\": \"#0f766e\"", "icons/icon-192.png", "icons/icon-512.png");
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
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
