package app.staffroom.profile;

import app.staffroom.base.EmailAddresses;
import app.staffroom.base.Goals;
import app.staffroom.base.Npi;
import app.staffroom.base.PhoneNumbers;
import app.staffroom.base.TypedText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What is wrong with a profile's fields, in words for the person; the service applies the same rules. */
public final class ProfileRules {

    public static final int BIO_MAX = 1000;
    public static final int DISPLAY_MAX = 120;

    private ProfileRules() {
    }

    /** Field name → problem; empty when fine. */
    public static Map<String, String> identityProblems(String firstName, String lastName, List<String> phones, String region) {
        Map<String, String> problems = new LinkedHashMap<>();
        name(problems, "firstName", firstName, "first name");
        name(problems, "lastName", lastName, "last name");
        List<String> typed = phones.stream().filter(phone -> !phone.isBlank()).toList();
        if (typed.size() > PhoneNumbers.MAX_PER_PERSON) {
            problems.put("phones", "At most " + PhoneNumbers.MAX_PER_PERSON + " phone numbers.");
        }
        for (int i = 0; i < phones.size(); i++) {
            String phone = phones.get(i);
            String phoneText = TypedText.problem(phone);
            if (phoneText != null) {
                problems.put("phone" + i, phoneText);
            } else if (!phone.isBlank() && PhoneNumbers.toE164(phone, region).isEmpty()) {
                problems.put("phone" + i, "'" + phone.strip() + "' is not a valid phone number.");
            }
        }
        return problems;
    }

    public static Map<String, String> emailProblems(String email, String current) {
        Map<String, String> problems = new LinkedHashMap<>();
        String emailText = TypedText.problem(email);
        if (emailText != null) {
            problems.put("email", emailText);
        } else if (!EmailAddresses.isValid(email.strip())) {
            problems.put("email", "Enter a valid email address, for example name@clinic.com.");
        } else if (email.strip().equalsIgnoreCase(current)) {
            problems.put("email", "That is already your email address.");
        }
        return problems;
    }

    public static Map<String, String> providerProblems(ProviderProfile profile) {
        Map<String, String> problems = new LinkedHashMap<>();
        text(problems, "displayName", TypedText.optionalProblem(profile.displayName()));
        text(problems, "displayTitle", TypedText.optionalProblem(profile.displayTitle()));
        text(problems, "bio", TypedText.multiLineProblem(profile.bio()));
        text(problems, "npi", TypedText.problem(profile.npi()));
        text(problems, "taxonomyCode", TypedText.problem(profile.taxonomyCode()));
        if (profile.displayName().strip().length() > DISPLAY_MAX) {
            problems.putIfAbsent("displayName", "At most " + DISPLAY_MAX + " characters.");
        }
        if (profile.displayTitle().strip().length() > DISPLAY_MAX) {
            problems.putIfAbsent("displayTitle", "At most " + DISPLAY_MAX + " characters.");
        }
        if (profile.bio().length() > BIO_MAX) {
            problems.putIfAbsent("bio", "At most " + BIO_MAX + " characters (" + profile.bio().length() + " now).");
        }
        if (problems.containsKey("npi")) {
            // Already refused for what it contains.
        } else if (!profile.npi().isBlank() && !Npi.isValid(profile.npi().strip())) {
            problems.put("npi", "An NPI has 10 digits and a valid check digit; check it against the NPI registry.");
        }
        if (!problems.containsKey("taxonomyCode") && !profile.taxonomyCode().isBlank() && !profile.taxonomyCode().strip().toUpperCase().matches("[0-9]{3}[0-9A-Z]{6}X")) {
            problems.put("taxonomyCode", "A taxonomy code has 10 characters: 3 digits, 6 digits or letters and a final X,"
                    + " for example 363LF0000X.");
        }
        if (!profile.appointmentColour().matches("#[0-9a-fA-F]{6}")) {
            problems.put("appointmentColour", "Enter the colour as a hex value, for example #0F766E.");
        }
        if (profile.capacity() < 1 || profile.capacity() > 20) {
            problems.put("capacity", "Between 1 and 20 appointments at once.");
        }
        if (profile.schedulingStepMinutes() < 5 || profile.schedulingStepMinutes() > 60
                || profile.schedulingStepMinutes() % 5 != 0) {
            problems.put("schedulingStep", "Between 5 and 60 minutes, in steps of 5.");
        }
        nonNegative(problems, "goalProceduresPerWeek", profile.goalProceduresPerWeek());
        nonNegative(problems, "goalProceduresPerMonth", profile.goalProceduresPerMonth());
        if (!Goals.isSalesAmount(profile.goalSalesPerMonth())) {
            problems.put("goalSalesPerMonth", Goals.SALES_RULE);
        }
        return problems;
    }

    /**
     * How different two colours look: 0 for the same, about 765 for black against white (the "redmean"
     * approximation of perceived difference). Below {@link #TOO_CLOSE}, appointments are hard to tell apart.
     */
    public static double colourDistance(String first, String second) {
        int r1 = Integer.parseInt(first.substring(1, 3), 16);
        int g1 = Integer.parseInt(first.substring(3, 5), 16);
        int b1 = Integer.parseInt(first.substring(5, 7), 16);
        int r2 = Integer.parseInt(second.substring(1, 3), 16);
        int g2 = Integer.parseInt(second.substring(3, 5), 16);
        int b2 = Integer.parseInt(second.substring(5, 7), 16);
        double meanRed = (r1 + r2) / 2.0;
        int dr = r1 - r2;
        int dg = g1 - g2;
        int db = b1 - b2;
        return Math.sqrt((2 + meanRed / 256) * dr * dr + 4 * dg * dg + (2 + (255 - meanRed) / 256) * db * db);
    }

    public static final double TOO_CLOSE = 60;

    private static void name(Map<String, String> problems, String field, String value, String label) {
        String problem = TypedText.requiredProblem(value, "your " + label);
        if (problem != null) {
            problems.put(field, problem);
        } else if (value.strip().length() > 80) {
            problems.put(field, "At most 80 characters.");
        }
    }

    private static void text(Map<String, String> problems, String field, @Nullable String problem) {
        if (problem != null) {
            problems.put(field, problem);
        }
    }

    private static void nonNegative(Map<String, String> problems, String field, @Nullable Integer value) {
        if (!Goals.isCount(value)) {
            problems.put(field, Goals.COUNT_RULE);
        }
    }
}
