package app.staffroom.session;

import app.staffroom.base.Languages;
import app.staffroom.base.Messages;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A browser and operating system in words ("Firefox on Windows"), read from a User-Agent header (RFC 9110
 * §10.1.5) only to tell a person's sessions apart: the family names, never versions, and "Unknown browser"
 * or "unknown system" for anything else. Order matters: Edge and Opera say "Chrome" too, Chrome says "Safari",
 * and iPhones say "like Mac OS X".
 */
final class UserAgents {

    private record Name(String token, String name) {
    }

    private static final List<Name> BROWSERS = List.of(new Name("edg", "Edge"), new Name("opr/", "Opera"),
            new Name("opera", "Opera"), new Name("samsungbrowser", "Samsung Internet"), new Name("firefox", "Firefox"),
            new Name("fxios", "Firefox"), new Name("crios", "Chrome"), new Name("chromium", "Chromium"),
            new Name("chrome", "Chrome"), new Name("safari", "Safari"));
    private static final List<Name> SYSTEMS = List.of(new Name("windows", "Windows"), new Name("iphone", "iOS"),
            new Name("ipad", "iPadOS"), new Name("android", "Android"), new Name("cros", "ChromeOS"),
            new Name("mac os x", "macOS"), new Name("macintosh", "macOS"), new Name("linux", "Linux"));

    private UserAgents() {
    }

    /** "Chrome on macOS"; "Unknown browser on unknown system" for an empty or unrecognised header. */
    static String describe(String userAgent) {
        return describe(userAgent, Languages.DEFAULT);
    }

    /**
     * The same words in {@code language} ("Firefox sur Linux"): browser and system names are names, the words around
     * them and "unknown" come from the bundle {@code session}.
     */
    static String describe(String userAgent, Locale language) {
        Messages texts = Messages.bundled();
        String browser = first(BROWSERS, userAgent);
        String system = first(SYSTEMS, userAgent);
        return texts.text(language, "session.browserOnSystem",
                browser != null ? browser : texts.text(language, "session.unknownBrowser"),
                system != null ? system : texts.text(language, "session.unknownSystem"));
    }

    private static @Nullable String first(List<Name> names, String userAgent) {
        String lower = userAgent.toLowerCase(Locale.ROOT);
        return names.stream().filter(name -> lower.contains(name.token())).map(Name::name).findFirst().orElse(null);
    }
}
