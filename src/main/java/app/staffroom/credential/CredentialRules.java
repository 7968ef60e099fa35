package app.staffroom.credential;

import app.staffroom.base.Messages;
import app.staffroom.base.Texts;
import app.staffroom.base.TypedText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The one rule set of a credential, used by the forms of My profile and the Credentials screen and by the
 * service that stores it. Each check answers with the problem in words for the person, or null when the value
 * is fine; the limits are the database columns' limits. Texts are stored trimmed, never shortened.
 */
public final class CredentialRules {

    /** The name of a custom type, in characters. */
    public static final int CUSTOM_TYPE_MAX = 80;
    /** The licence, registration, certificate or policy number, in characters. */
    public static final int NUMBER_MAX = 60;
    /** The issuing body or state, in characters. */
    public static final int ISSUER_MAX = 120;
    /** Dates are those of a person's career: from this year on … */
    public static final int FIRST_YEAR = 1900;
    /** … up to this one. */
    public static final int LAST_YEAR = 2199;
    /** "Enter a date between 1900 and 2199.", in the current person's language. */
    public static String dateRule() {
        return Messages.text("rules.credential.dateRule", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
    }

    /** "The expiry date is before the issue date.", in the current person's language. */
    public static String orderRule() {
        return Messages.text("rules.credential.order");
    }

    private CredentialRules() {
    }

    public static @Nullable String customTypeProblem(@Nullable CredentialType type, String customType) {
        if (type == null) {
            return Messages.text("rules.credential.noType");
        }
        if (type != CredentialType.CUSTOM) {
            return null;
        }
        return required(customType, Messages.text("rules.what.customType"), CUSTOM_TYPE_MAX);
    }

    public static @Nullable String numberProblem(String number) {
        return required(number, Messages.text("rules.what.number"), NUMBER_MAX);
    }

    public static @Nullable String issuerProblem(String issuer) {
        return required(issuer, Messages.text("rules.what.issuer"), ISSUER_MAX);
    }

    /** An issue date, which may be left empty. */
    public static @Nullable String issuedProblem(@Nullable LocalDate issued) {
        return issued == null || inRange(issued) ? null : dateRule();
    }

    /** An expiry date, empty for a credential that does not expire, never before the issue date. */
    public static @Nullable String expiryProblem(@Nullable LocalDate issued, @Nullable LocalDate expires) {
        if (expires == null) {
            return null;
        }
        if (!inRange(expires)) {
            return dateRule();
        }
        return issued != null && expires.isBefore(issued) ? orderRule() : null;
    }

    /** Every field at once, as the service checks them before storing: the problems in field order. */
    public static List<String> problems(CredentialDraft draft) {
        List<String> problems = new ArrayList<>();
        for (String problem : new String[] {customTypeProblem(draft.type(), draft.customType()),
                numberProblem(draft.number()), issuerProblem(draft.issuer()), issuedProblem(draft.issuedOn()),
                expiryProblem(draft.issuedOn(), draft.expiresOn())}) {
            if (problem != null) {
                problems.add(problem);
            }
        }
        return problems;
    }

    private static boolean inRange(LocalDate date) {
        return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
    }

    private static @Nullable String required(String text, String what, int max) {
        String problem = TypedText.requiredProblem(text, what);
        if (problem != null) {
            return problem;
        }
        return text.strip().length() > max ? Texts.tooLong(max, text.strip().length()) : null;
    }
}
