package app.staffroom.profile;

import app.staffroom.base.Messages;

import app.staffroom.base.ContactRules;
import app.staffroom.base.EmailAddresses;
import app.staffroom.base.Phrase;
import app.staffroom.base.ProviderRules;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What My profile adds to the shared rule sets ({@link ContactRules}, {@link ProviderRules},
 * {@link EmailAddresses}): a new email must differ from the current one, and appointment colours of a
 * practice should be told apart.
 */
public final class ProfileRules {

    /** Below this {@link #colourDistance}, appointments are hard to tell apart. */
    public static final double TOO_CLOSE = 60;
    public static String sameEmail() {
        return Messages.text("rules.profileRules.sameEmail");
    }

    /** {@link EmailAddresses#nonAsciiMailbox()} said to the person whose own address it is. */
    public static String ownNonAsciiMailbox() {
        return Messages.text("rules.profileRules.ownNonAsciiMailbox");
    }

    private ProfileRules() {
    }

    /** The problem of an address typed as one's own (see {@link EmailAddresses#problem}), or null. */
    public static @Nullable String ownAddressProblem(String email) {
        String problem = EmailAddresses.problem(email);
        return EmailAddresses.nonAsciiMailbox().equals(problem) ? ownNonAsciiMailbox() : problem;
    }

    /** The problem of a new email address for the account that uses {@code current}, or null. */
    public static @Nullable String emailProblem(String email, String current) {
        String problem = ownAddressProblem(email);
        if (problem != null) {
            return problem;
        }
        return isCurrent(email, current) ? sameEmail() : null;
    }

    /** {@link #emailProblem} as a service's refusal, worded when shown in the reader's language; null when fine. */
    public static @Nullable Phrase emailRefusal(String email, String current) {
        Phrase problem = EmailAddresses.phrase(email);
        if (EmailAddresses.NON_ASCII_MAILBOX.equals(problem)) {
            return new Phrase("rules.profileRules.ownNonAsciiMailbox");
        }
        if (problem != null) {
            return problem;
        }
        return isCurrent(email, current) ? new Phrase("rules.profileRules.sameEmail") : null;
    }

    /** True when a valid {@code email} is the address {@code current}, regardless of case. */
    public static boolean isCurrent(String email, String current) {
        return EmailAddresses.canonical(email).equalsIgnoreCase(current);
    }

    /** Every problem of the provider's own fields, as {@link ProfileService} checks them before storing. */
    public static List<String> providerProblems(ProviderProfile profile) {
        return ProviderRules.problems(new ProviderRules.Settings(false, null, profile.appointmentColour(),
                profile.capacity(), profile.schedulingStepMinutes(), profile.npi(), profile.taxonomyCode(),
                profile.goalProceduresPerWeek(), profile.goalProceduresPerMonth(), profile.goalSalesPerMonth(),
                profile.displayName(), profile.displayTitle(), profile.bio()));
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
}
