package app.staffroom.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A refusal a service sends back is read by a person whose language the service does not know: it carries a
 * {@link Phrase} (a bundle key), never an English text written into the code, so that the screen words it.
 */
class RefusalTextsTest {

    private static final Path SOURCES = Path.of("src/main/java");
    /** A refusal made with a text in quotes, also when the text is on the next line or follows a field's name. */
    private static final Pattern LITERAL = Pattern.compile(
            "new\\s+(ChangeRefused|AccessDenied|PermissionRefused|StaleChange|InvitationUnusable|ResetLinkUnusable)"
                    + "Exception\\s*\\(\\s*\"|new\\s+FieldRefusedException\\s*\\(\\s*\"[^\"]*\"\\s*,\\s*\"");
    /** The refusals' own classes, which make no refusal. */
    private static final List<String> EXCEPTIONS = List.of("ChangeRefusedException.java", "PermissionRefusedException.java",
            "StaleChangeException.java", "FieldRefusedException.java");

    @Test
    void no_refusal_is_made_with_an_english_text() throws IOException {
        assertThat(Files.isDirectory(SOURCES)).isTrue();
        List<String> found;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            found = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !EXCEPTIONS.contains(file.getFileName().toString()))
                    .flatMap(RefusalTextsTest::literals).toList();
        }
        assertThat(found).as("refusals with a text written in the code: give them a Phrase of the refusals bundle")
                .isEmpty();
    }

    @Test
    void the_check_finds_a_text_even_on_the_next_line() {
        assertThat(LITERAL.matcher("Mono.error(new ChangeRefusedException(\n        \"Nope.\"))").find()).isTrue();
        assertThat(LITERAL.matcher("new AccessDeniedException(\"No.\")").find()).isTrue();
        assertThat(LITERAL.matcher("new FieldRefusedException(\"email\", \"No.\")").find()).isTrue();
        assertThat(LITERAL.matcher("new FieldRefusedException(\"email\", new Phrase(\"refusals.x\"))").find()).isFalse();
        assertThat(LITERAL.matcher("new ChangeRefusedException(new Phrase(\"refusals.x\"))").find()).isFalse();
    }

    private static Stream<String> literals(Path file) {
        String source;
        try {
            source = Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Matcher matcher = LITERAL.matcher(source);
        Stream.Builder<String> found = Stream.builder();
        while (matcher.find()) {
            long line = source.substring(0, matcher.start()).chars().filter(c -> c == '\n').count() + 1;
            found.add(SOURCES.relativize(file) + ":" + line);
        }
        return found.build();
    }
}
