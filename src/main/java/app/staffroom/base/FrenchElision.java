package app.staffroom.base;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * French elides "de" and "que" before a word that starts with a vowel: "le rôle d’Ella Donovan", not "de Ella
 * Donovan". A French pattern is written for any value ("de {0}"), so the elision is made in the pattern once the
 * values are known: each "de {n}" or "que {n}" whose value starts with a vowel becomes "d’{n}" or "qu’{n}". A value
 * that starts with "h" is left as written, since French elides before some and not others.
 */
final class FrenchElision {

    private static final Pattern BEFORE_VALUE = Pattern.compile("(?<![\\p{L}\\p{N}])([Dd]e|[Qq]ue) \\{(\\d+)}");
    private static final Pattern VOWEL = Pattern.compile("[aeiouyàâäéèêëîïôöùûüœæ]", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private FrenchElision() {
    }

    /** {@code pattern} with "de"/"que" elided before each of {@code arguments} (by index) that starts with a vowel. */
    static String elide(String pattern, Object[] arguments) {
        Matcher found = BEFORE_VALUE.matcher(pattern);
        StringBuilder elided = new StringBuilder();
        while (found.find()) {
            int index = Integer.parseInt(found.group(2));
            boolean vowel = index < arguments.length && arguments[index] instanceof CharSequence value
                    && !value.isEmpty() && VOWEL.matcher(value.subSequence(0, 1)).matches();
            String word = found.group(1);
            String replacement = vowel ? word.substring(0, word.length() - 1) + "’{" + index + "}" : found.group();
            found.appendReplacement(elided, Matcher.quoteReplacement(replacement));
        }
        return found.appendTail(elided).toString();
    }
}
