package app.staffroom.base;

import com.ibm.icu.text.MessageFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every text a person reads, from the message bundles in {@code messages/} on the class path: one bundle per
 * feature ({@code team.properties} in English, {@code team_fr.properties} in French, …), each key starting with its
 * bundle's name ({@code team.grid.name}). Texts are ICU message patterns ({@code {0}}, {@code {0, plural, one {# person}
 * other {# people}}}; a single apostrophe is an apostrophe). A language without a text falls back to English; a key
 * no bundle has shows as {@code !key!} and is logged, so it is seen and never silently empty.
 *
 * <p>The pseudo-language {@link Languages#PSEUDO} shows every English text inside {@code ⟦ ⟧}: on a screen in it, any
 * text without the brackets is not from a bundle.
 */
public final class Messages {

    private static final Logger log = LoggerFactory.getLogger(Messages.class);
    private static final String FOLDER = "messages/";
    private static final Messages BUNDLED = new Messages(load());
    private static volatile Supplier<Locale> current = () -> Languages.DEFAULT;
    private static final ThreadLocal<@Nullable Locale> WORDING = new ThreadLocal<>();

    /** Per language tag ("en", "fr"), every key with its pattern. */
    private final Map<String, Map<String, String>> texts;

    private Messages(Map<String, Map<String, String>> texts) {
        this.texts = texts;
    }

    /** The bundles on the class path. */
    public static Messages bundled() {
        return BUNDLED;
    }

    /**
     * Where {@link #text(String, Object...)} finds the language of the person it speaks to (the screen's, when there
     * is one); English until set.
     */
    public static void currentLocaleFrom(Supplier<Locale> locale) {
        current = locale;
    }

    /**
     * {@code wording}'s answer with {@link #currentLocale()} answering {@code locale} on this thread while it runs:
     * a shared rule that words its problems for the current person, worded for another reader (a refusal made on
     * a service's thread, shown on the screen of the person who asked).
     */
    public static <T> T in(Locale locale, Supplier<T> wording) {
        Locale before = WORDING.get();
        WORDING.set(locale);
        try {
            return wording.get();
        } finally {
            if (before == null) {
                WORDING.remove();
            } else {
                WORDING.set(before);
            }
        }
    }

    /** The current person's language (see {@link #currentLocaleFrom} and {@link #in(Locale, Supplier)}). */
    public static Locale currentLocale() {
        Locale wording = WORDING.get();
        if (wording != null) {
            return wording;
        }
        Locale locale = current.get();
        return locale == null ? Languages.DEFAULT : locale;
    }

    /** {@code key}'s text in the current person's language, with {@code arguments} in its placeholders. */
    public static String text(String key, Object... arguments) {
        return BUNDLED.text(currentLocale(), key, arguments);
    }

    /**
     * The name of a value of one of Staffroom's enumerations in the current person's language: the key
     * {@code enums.<enum's simple name>.<constant>} of the bundle {@code enums}. (The enumerations' own English
     * labels stay as they are for what is stored: audit values, file contents.)
     */
    public static String label(Enum<?> value) {
        return text("enums." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    /**
     * The name of {@code value} in {@code locale}, for texts written for someone other than the current person (an
     * email's recipient, a report's downloader); see {@link #label(Enum)}.
     */
    public static String label(Enum<?> value, Locale locale) {
        return BUNDLED.text(locale, "enums." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    /** {@code key}'s text in {@code locale} (English when that language lacks it), with {@code arguments} in it. */
    public String text(Locale locale, String key, Object... arguments) {
        boolean pseudo = Languages.isPseudo(locale);
        String language = pseudo ? Languages.DEFAULT.getLanguage() : Languages.supported(locale).getLanguage();
        String pattern = texts.getOrDefault(language, Map.of()).get(key);
        if (pattern == null) {
            pattern = texts.get(Languages.DEFAULT.getLanguage()).get(key);
        }
        if (pattern == null) {
            log.warn("No text for the key {}", key);
            return "!" + key + "!";
        }
        if (language.equals("fr") && arguments.length > 0) {
            pattern = FrenchElision.elide(pattern, arguments);
        }
        String text = arguments.length == 0 && !pattern.contains("{") ? pattern
                : new MessageFormat(pattern, pseudo ? Languages.DEFAULT : locale).format(arguments);
        return pseudo ? "⟦" + text + "⟧" : text;
    }

    /** Whether a bundle holds {@code key}. */
    public boolean has(String key) {
        return texts.get(Languages.DEFAULT.getLanguage()).containsKey(key);
    }

    /**
     * Per bundle file name ({@code team_fr.properties}), its keys and patterns in key order: what the completeness
     * test compares.
     */
    public static Map<String, Map<String, String>> files() {
        Map<String, Map<String, String>> files = new TreeMap<>();
        for (Resource resource : resources()) {
            files.put(resource.getFilename(), new TreeMap<>(read(resource)));
        }
        return files;
    }

    private static Map<String, Map<String, String>> load() {
        Map<String, Map<String, String>> texts = new HashMap<>();
        texts.put(Languages.DEFAULT.getLanguage(), new HashMap<>());
        for (Resource resource : resources()) {
            String name = resource.getFilename();
            String base = name.substring(0, name.length() - ".properties".length());
            int underscore = base.indexOf('_');
            String language = underscore < 0 ? Languages.DEFAULT.getLanguage() : base.substring(underscore + 1);
            texts.computeIfAbsent(language, any -> new HashMap<>()).putAll(read(resource));
        }
        texts.replaceAll((language, keys) -> Collections.unmodifiableMap(keys));
        return Collections.unmodifiableMap(texts);
    }

    private static List<Resource> resources() {
        try {
            return List.of(new PathMatchingResourcePatternResolver(Messages.class.getClassLoader())
                    .getResources("classpath*:" + FOLDER + "*.properties"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> read(Resource resource) {
        Properties properties = new Properties();
        try (InputStream in = resource.getInputStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the message bundle " + resource.getFilename(), e);
        }
        Map<String, String> keys = new HashMap<>();
        properties.forEach((key, value) -> keys.put((String) key, (String) value));
        return keys;
    }
}
