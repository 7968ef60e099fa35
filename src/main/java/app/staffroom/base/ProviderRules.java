package app.staffroom.base;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The one rule set of a provider's settings and booking profile, used by the wizard, My profile, the CSV
 * import and the services that store them. Each check answers with the problem in words for the person,
 * or null when the value is fine; the limits are the database columns' limits.
 */
public final class ProviderRules {

    /** Concurrent appointments: 1 to 20. */
    public static final int CAPACITY_MIN = 1;
    public static final int CAPACITY_MAX = 20;
    public static final int CAPACITY_DEFAULT = 1;
    public static String capacityRule() {
        return Messages.text("rules.providerRules.capacityRule");
    }

    /** Scheduling step, in minutes: 5 to 60 in steps of 5. */
    public static final int STEP_MIN = 5;
    public static final int STEP_MAX = 60;
    public static final int STEP_EVERY = 5;
    public static final int STEP_DEFAULT = 15;
    public static String stepRule() {
        return Messages.text("rules.providerRules.stepRule");
    }

    /** Appointment colour: a hex value such as #0F766E. */
    public static final String COLOUR_DEFAULT = "#0F766E";
    public static String colourRule() {
        return Messages.text("rules.providerRules.colourRule");
    }

    /** Display name and title, in characters. */
    public static final int DISPLAY_MAX = 120;
    /** Bio, in characters (line breaks count). */
    public static final int BIO_MAX = 1000;

    public static String npiRule() {
        return Messages.text("rules.providerRules.npiRule");
    }
    public static String taxonomyRule() {
        return Messages.text("rules.providerRules.taxonomyRule");
    }
    public static String supervisorRule() {
        return Messages.text("rules.providerRules.supervisorRule");
    }

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern TAXONOMY = Pattern.compile("[0-9]{3}[0-9A-Z]{6}X");

    private ProviderRules() {
    }

    public static @Nullable String capacityProblem(@Nullable Integer capacity) {
        return capacity == null || capacity < CAPACITY_MIN || capacity > CAPACITY_MAX ? capacityRule() : null;
    }

    public static @Nullable String stepProblem(@Nullable Integer minutes) {
        return minutes == null || minutes < STEP_MIN || minutes > STEP_MAX || minutes % STEP_EVERY != 0 ? stepRule() : null;
    }

    public static boolean isColour(String colour) {
        return COLOUR.matcher(colour).matches();
    }

    public static @Nullable String colourProblem(String colour) {
        return isColour(colour.strip()) ? null : colourRule();
    }

    public static @Nullable String displayNameProblem(String name) {
        return Texts.optional(name, DISPLAY_MAX);
    }

    public static @Nullable String displayTitleProblem(String title) {
        return Texts.optional(title, DISPLAY_MAX);
    }

    public static @Nullable String bioProblem(String bio) {
        return Texts.multiLine(bio, BIO_MAX);
    }

    /** Empty means no NPI; otherwise 10 digits with the check digit of {@link Npi}. */
    public static @Nullable String npiProblem(String npi) {
        String text = TypedText.problem(npi);
        if (text != null) {
            return text;
        }
        return npi.isBlank() || Npi.isValid(npi.strip()) ? null : npiRule();
    }

    /** Empty means no code; otherwise a NUCC taxonomy code, in any case. */
    public static @Nullable String taxonomyProblem(String code) {
        String text = TypedText.problem(code);
        if (text != null) {
            return text;
        }
        return code.isBlank() || TAXONOMY.matcher(code.strip().toUpperCase(Locale.ROOT)).matches() ? null : taxonomyRule();
    }

    /** A procedures goal; empty means no goal (see {@link Goals}). */
    public static @Nullable String proceduresGoalProblem(@Nullable Integer goal) {
        return Goals.isCount(goal) ? null : Goals.countRule();
    }

    /** A sales goal; empty means no goal (see {@link Goals}). */
    public static @Nullable String salesGoalProblem(@Nullable BigDecimal goal) {
        return Goals.isSalesAmount(goal) ? null : Goals.salesRule();
    }

    /** A provider whose appointments need an MD's consent has a supervisor. */
    public static @Nullable String supervisorProblem(boolean mdConsentRequired, @Nullable Object supervisor) {
        return mdConsentRequired && supervisor == null ? supervisorRule() : null;
    }

    /** Every field at once, as the services check them before storing: the problems in field order. */
    public static List<String> problems(Settings settings) {
        List<String> problems = new ArrayList<>();
        for (String problem : new String[] {
                supervisorProblem(settings.mdConsentRequired(), settings.supervisor()),
                colourProblem(settings.appointmentColour()), capacityProblem(settings.capacity()),
                stepProblem(settings.schedulingStepMinutes()), npiProblem(settings.npi()),
                taxonomyProblem(settings.taxonomyCode()), proceduresGoalProblem(settings.proceduresPerWeek()),
                proceduresGoalProblem(settings.proceduresPerMonth()), salesGoalProblem(settings.salesPerMonth()),
                displayNameProblem(settings.displayName()), displayTitleProblem(settings.displayTitle()),
                bioProblem(settings.bio())}) {
            if (problem != null) {
                problems.add(problem);
            }
        }
        return problems;
    }

    /** A provider's settings as one value, for {@link #problems}; {@code supervisor} is any id or name. */
    public record Settings(boolean mdConsentRequired, @Nullable Object supervisor, String appointmentColour,
                           @Nullable Integer capacity, @Nullable Integer schedulingStepMinutes, String npi,
                           String taxonomyCode, @Nullable Integer proceduresPerWeek, @Nullable Integer proceduresPerMonth,
                           @Nullable BigDecimal salesPerMonth, String displayName, String displayTitle, String bio) {

        public Settings {
            Objects.requireNonNull(appointmentColour);
        }
    }
}
