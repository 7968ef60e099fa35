package app.staffroom.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The message bundles are complete and well formed: every language has every key English has and no other, each
 * text is a valid ICU pattern with the same placeholders in every language, and each key starts with its bundle's
 * name, so two features can never give one key two meanings.
 */
class MessageBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*(\\d+)");
    private static final Map<String, Map<String, String>> FILES = Messages.files();

    @Test
    void there_are_bundles_in_every_language() {
        assertThat(FILES).isNotEmpty();
        for (Locale language : Languages.SUPPORTED) {
            String suffix = language.equals(Languages.DEFAULT) ? ".properties" : "_" + language.getLanguage() + ".properties";
            assertThat(FILES.keySet()).as(language.getDisplayLanguage(Locale.ENGLISH)).anyMatch(name -> name.endsWith(suffix));
        }
    }

    @Test
    void every_language_has_exactly_the_keys_of_english() {
        List<String> problems = new ArrayList<>();
        for (String bundle : bundles()) {
            Set<String> english = FILES.get(bundle + ".properties").keySet();
            for (Locale language : Languages.SUPPORTED) {
                if (language.equals(Languages.DEFAULT)) {
                    continue;
                }
                String file = bundle + "_" + language.getLanguage() + ".properties";
                Set<String> translated = FILES.getOrDefault(file, Map.of()).keySet();
                Set<String> missing = new TreeSet<>(english);
                missing.removeAll(translated);
                Set<String> extra = new TreeSet<>(translated);
                extra.removeAll(english);
                missing.forEach(key -> problems.add(file + " lacks " + key));
                extra.forEach(key -> problems.add(file + " has " + key + ", which English lacks"));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void every_text_is_a_pattern_with_the_placeholders_of_english() {
        List<String> problems = new ArrayList<>();
        FILES.forEach((file, texts) -> {
            String bundle = file.replaceFirst("(_[a-z]+)?\\.properties$", "");
            Map<String, String> english = FILES.get(bundle + ".properties");
            texts.forEach((key, text) -> {
                try {
                    new MessageFormat(text, Locale.ROOT);
                } catch (IllegalArgumentException e) {
                    problems.add(file + " " + key + ": " + e.getMessage());
                }
                if (english != null && english.containsKey(key) && !placeholders(text).equals(placeholders(english.get(key)))) {
                    problems.add(file + " " + key + " uses " + placeholders(text) + ", English " + placeholders(english.get(key)));
                }
                if (text.isBlank()) {
                    problems.add(file + " " + key + " is empty");
                }
            });
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void no_translation_writes_a_plural_as_a_letter_in_brackets_and_counts_agree_in_french_and_spanish() {
        List<String> problems = new ArrayList<>();
        FILES.forEach((file, texts) -> texts.forEach((key, text) -> {
            if (file.contains("_") && Pattern.compile("\\p{L}\\((s|e|es)\\)").matcher(text).find()) {
                problems.add(file + " " + key + ": " + text);
            }
        }));
        assertThat(problems).as("a count is an ICU plural, never \"(s)\"").isEmpty();
        Messages messages = Messages.bundled();
        assertThat(messages.text(Locale.FRENCH, "credential.counts", 1, 2)).isEqualTo("1 expiré, 2 expirant dans les 90 jours.");
        assertThat(messages.text(Locale.FRENCH, "invite.bulk.result", 2, 1)).isEqualTo("2 personnes invitées, 1 non invitée.");
        assertThat(messages.text(Locale.FRENCH, "invite.pending.summaryExpired", 3, 2))
                .isEqualTo("3 invitations en attente, 2 expirées (renvoyez-les pour de nouveaux liens)");
        Locale spanish = Locale.of("es");
        assertThat(messages.text(spanish, "invite.bulk.result", 1, 2)).isEqualTo("1 persona invitada, 2 no invitadas.");
        assertThat(messages.text(spanish, "credential.counts", 2, 1)).isEqualTo("2 vencidas, 1 vence en los próximos 90 días.");
    }

    @Test
    void each_key_starts_with_its_bundles_name() {
        List<String> problems = new ArrayList<>();
        FILES.forEach((file, texts) -> {
            String bundle = file.replaceFirst("(_[a-z]+)?\\.properties$", "");
            texts.keySet().stream().filter(key -> !key.startsWith(bundle + ".")).forEach(key -> problems.add(file + " " + key));
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void a_missing_key_shows_itself_and_french_falls_back_to_english_only_for_keys_it_lacks() {
        Messages messages = Messages.bundled();
        assertThat(messages.text(Locale.FRENCH, "nobody.has.this.key")).isEqualTo("!nobody.has.this.key!");
        assertThat(messages.text(Languages.PSEUDO, "shell.signOut")).isEqualTo("⟦Sign out⟧");
        assertThat(messages.text(Locale.FRENCH, "shell.signOut")).isEqualTo("Se déconnecter");
        assertThat(messages.text(Locale.forLanguageTag("fr-CA"), "shell.signOut")).isEqualTo("Se déconnecter");
        assertThat(messages.text(Locale.forLanguageTag("es-MX"), "shell.signOut")).isEqualTo("Cerrar sesión");
        assertThat(messages.text(Locale.GERMAN, "shell.signOut")).isEqualTo("Sign out");
    }

    private static Set<String> bundles() {
        Set<String> bundles = new TreeSet<>();
        FILES.keySet().forEach(file -> bundles.add(file.replaceFirst("(_[a-z]+)?\\.properties$", "")));
        return bundles;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
