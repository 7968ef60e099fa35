package app.staffroom.security;

import app.staffroom.base.Messages;
import app.staffroom.base.TypedText;
import java.util.ArrayList;
import java.util.List;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.matching.match.DictionaryMatch;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.scoring.Result;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What a new password must be: 12 to 128 characters, not on the lists of common and breached passwords
 * that nbvcxz ships, and not easy to guess from the person's own name and email (OWASP ASVS 5.0 V6.2). Each problem
 * is worded in the current person's language ({@link Messages#currentLocale()}), with why a password is easy to
 * guess (nbvcxz's warning: a row of keys, a repeat, a sequence, a year, a date).
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    /** Why the password is refused; empty when it is acceptable. */
    public List<String> problems(String password, List<String> personalWords) {
        List<String> problems = new ArrayList<>();
        if (password.length() < MIN_LENGTH) {
            problems.add(Messages.text("rules.password.tooShort", MIN_LENGTH));
            return problems;
        }
        if (password.length() > MAX_LENGTH) {
            problems.add(Messages.text("rules.password.tooLong", MAX_LENGTH));
            return problems;
        }
        if (TypedText.hasControlCharacter(password)) {
            problems.add(Messages.text("rules.password.control"));
            return problems;
        }
        Nbvcxz estimator = new Nbvcxz(new ConfigurationBuilder()
                .setDictionaries(ConfigurationBuilder.getDefaultDictionaries())
                .setMinimumEntropy(40d)
                .createConfiguration());
        Result result = estimator.estimate(password);
        String warningKey = result.getFeedback().getWarningKey();
        boolean listed = result.getMatches().stream().anyMatch(match -> match instanceof DictionaryMatch dictionary
                && "passwords".equals(dictionary.getDictionaryName()) && dictionary.getToken().length() == password.length())
                || !result.isMinimumEntropyMet() && warningKey != null && warningKey.contains("passwords");
        String lower = password.toLowerCase();
        boolean personal = personalWords.stream().map(String::toLowerCase)
                .anyMatch(word -> word.length() >= 4 && lower.contains(word));
        // A password built from the person's own name often matches a listed word too: the name is the reason to give.
        if (personal) {
            problems.add(Messages.text("rules.password.personal"));
        } else if (listed) {
            problems.add(Messages.text("rules.password.listed"));
        } else if (!result.isMinimumEntropyMet()) {
            problems.add(guessable(warningKey));
        }
        return problems;
    }

    /** Why the password is easy to guess, by nbvcxz's warning ("feedback.spatial.warning.straightRowsOfKeys"). */
    private static String guessable(@Nullable String warningKey) {
        // nbvcxz's own French and Spanish warnings have mistakes; Staffroom words the ones it can give here.
        String because = warningKey == null ? null
                : "rules.password.warning." + warningKey.substring(warningKey.lastIndexOf('.') + 1);
        return because != null && Messages.bundled().has(because)
                ? Messages.text("rules.password.guessableBecause", Messages.text(because))
                : Messages.text("rules.password.guessable");
    }
}
