package app.staffroom.base;

import static app.staffroom.base.Messages.text;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The one rule set of a person's contact details (name, email, phones), used by the wizard, the CSV
 * import, My profile and the services that store them. Each check answers with the problem in words for
 * the person, or null when the value is fine.
 */
public final class ContactRules {

    /** First and last name, in characters once trimmed (the account columns' limit). */
    public static final int NAME_MAX = 80;
    /** Phone numbers per person in one practice. */
    public static final int MAX_PHONES = PhoneNumbers.MAX_PER_PERSON;
    public static String tooManyPhones() {
        return Messages.text("rules.contactRules.tooManyPhones", MAX_PHONES);
    }

    private ContactRules() {
    }

    public static @Nullable String firstNameProblem(String name) {
        return Texts.required(name, Messages.text("rules.what.firstName"), NAME_MAX);
    }

    public static @Nullable String lastNameProblem(String name) {
        return Texts.required(name, Messages.text("rules.what.lastName"), NAME_MAX);
    }

    /** See {@link EmailAddresses}. */
    public static @Nullable String emailProblem(String email) {
        return EmailAddresses.problem(email);
    }

    /** An empty phone is no phone; otherwise a number of the practice's region or with a country code. */
    public static @Nullable String phoneProblem(String phone, String region) {
        String text = TypedText.problem(phone);
        if (text != null) {
            return text;
        }
        return phone.isBlank() || PhoneNumbers.toE164(phone, region).isPresent() ? null
                : Messages.text("rules.phone.invalid", phone.strip(), java.util.Locale.of("", region)
                        .getDisplayCountry(Languages.supported(Messages.currentLocale())));
    }

    /**
     * The problem of the phone at {@code index} among one person's {@code phones} (the fields "Phone 1" to
     * "Phone 4" in order, blanks included): its own ({@link #phoneProblem(String, String)}), or that it is
     * the same number as an earlier one once both are read as stored (E.164 and extension, see
     * {@link PhoneNumbers#toE164}): "Same number as Phone 2." A number is never stored twice.
     */
    public static @Nullable String phoneProblem(List<String> phones, int index, String region) {
        String own = phoneProblem(phones.get(index), region);
        if (own != null || phones.get(index).isBlank()) {
            return own;
        }
        int earlier = sameNumberBefore(phones, index, region);
        return earlier < 0 ? null : Messages.text("rules.phone.sameAs", earlier + 1);
    }

    /** Every phone, how many, and that none is given twice: the problems in order. */
    public static List<String> phonesProblems(List<String> phones, String region) {
        List<String> problems = new ArrayList<>();
        if (phones.stream().filter(phone -> !phone.isBlank()).count() > MAX_PHONES) {
            problems.add(tooManyPhones());
        }
        for (int i = 0; i < phones.size(); i++) {
            String problem = phoneProblem(phones.get(i), region);
            if (problem != null) {
                problems.add(problem);
            } else if (!phones.get(i).isBlank() && sameNumberBefore(phones, i, region) >= 0) {
                problems.add(Messages.text("rules.phone.twice", phones.get(i).strip(),
                        phones.get(sameNumberBefore(phones, i, region)).strip()));
            }
        }
        return problems;
    }

    /** The index of the first phone before {@code index} that is the same number, or -1. */
    private static int sameNumberBefore(List<String> phones, int index, String region) {
        var stored = PhoneNumbers.toE164(phones.get(index), region);
        if (stored.isEmpty()) {
            return -1;
        }
        for (int i = 0; i < index; i++) {
            if (!phones.get(i).isBlank() && PhoneNumbers.toE164(phones.get(i), region).equals(stored)) {
                return i;
            }
        }
        return -1;
    }

    /** Name and phones at once, as the services check them before storing. */
    public static List<String> problems(String firstName, String lastName, List<String> phones, String region) {
        List<String> problems = new ArrayList<>();
        for (String problem : new String[] {firstNameProblem(firstName), lastNameProblem(lastName)}) {
            if (problem != null) {
                problems.add(problem);
            }
        }
        problems.addAll(phonesProblems(phones, region));
        return problems;
    }
}
