package app.staffroom.appearance;

import app.staffroom.Application;
import app.staffroom.base.Languages;
import app.staffroom.base.Messages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web app manifest, which lets a phone pin Staffroom to its home screen: its name and description in the first
 * of the browser's languages that Staffroom speaks (English otherwise), so the home screen and the install prompt
 * read in it. Every page links to it ({@link Application#configurePage}).
 */
@RestController
class WebAppManifest {

    /** What the manifest is served as (the type the W3C's Web Application Manifest names). */
    static final MediaType MEDIA_TYPE = MediaType.parseMediaType("application/manifest+json");

    private final JsonMapper json;

    WebAppManifest(JsonMapper json) {
        this.json = json;
    }

    @GetMapping("/manifest.webmanifest")
    ResponseEntity<String> manifest(@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String asked) {
        Locale language = Languages.ofAcceptLanguage(asked);
        if (language == null) {
            language = Languages.DEFAULT;
        }
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("name", Messages.bundled().text(language, "shell.manifest.name"));
        manifest.put("short_name", Messages.bundled().text(language, "shell.manifest.shortName"));
        manifest.put("description", Messages.bundled().text(language, "shell.manifest.description"));
        manifest.put("lang", language.toLanguageTag());
        manifest.put("dir", "ltr");
        manifest.put("start_url", "./");
        manifest.put("scope", "./");
        manifest.put("display", "standalone");
        manifest.put("background_color", "#f6f8f8");
        manifest.put("theme_color", Application.THEME_COLOUR);
        manifest.put("icons", List.of(
                icon("icons/icon-192.png", "192x192", "image/png", null),
                icon("icons/icon-512.png", "512x512", "image/png", null),
                icon("icons/apple-touch-icon.png", "180x180", "image/png", "maskable"),
                icon("favicon.svg", "any", "image/svg+xml", null)));
        return ResponseEntity.ok()
                .contentType(MEDIA_TYPE)
                // A cache must not hand one browser's language to another.
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .body(json.writeValueAsString(manifest));
    }

    private static Map<String, String> icon(String src, String sizes, String type, @Nullable String purpose) {
        Map<String, String> icon = new LinkedHashMap<>();
        icon.put("src", src);
        icon.put("sizes", sizes);
        icon.put("type", type);
        if (purpose != null) {
            icon.put("purpose", purpose);
        }
        return icon;
    }
}
