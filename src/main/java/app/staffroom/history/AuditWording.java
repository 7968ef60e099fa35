package app.staffroom.history;

import app.staffroom.base.Messages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the audit trail reads to a person, in the reader's language: plain actions ("Location archived", not
 * LOCATION_ARCHIVED; bundle keys {@code history.actions.<code>}), field labels ("Default location", not
 * defaultLocation; {@code history.fields.<key in camel case>}) and, per field that changed, the value before and
 * after (see {@link AuditValues}). What is stored stays as it was recorded, in English and codes; the wording is made
 * when it is read. An action or field no bundle names reads as its code in words.
 */
public final class AuditWording {

    /** Who did it, for the events no teammate made: the labels they were recorded under, with their bundle keys. */
    private static final Map<String, String> ACTORS = Map.of(
            "Someone signing in", "history.actors.signingIn",
            "Staffroom (dormant accounts)", "history.actors.dormantAccounts",
            "Staffroom (access period)", "history.actors.accessPeriod",
            "Quarterly schedule", "history.actors.quarterlySchedule",
            "Staffroom setup", "history.actors.setup",
            "Staffroom (temporary role)", "history.actors.temporaryRole",
            "Staffroom (credential reminders)", "history.actors.credentialReminders");

    /** The practice's rules that events name as their target, with their bundle keys. */
    private static final Map<String, String> PRACTICE_TARGETS = Map.of(
            "Dormant accounts", "history.targets.dormantAccounts",
            "Booking page", "history.targets.bookingPage",
            "Two-step sign-in rule", "history.targets.twoStepSignInRule");

    private static final String REVIEW_TARGET = "Access review: ";

    /** One field of a change as a person reads it; an empty value shows as a dash. */
    public record FieldChange(String field, String before, String after) {
    }

    private AuditWording() {
    }

    /** The action as a phrase in {@code locale}: "Location archived" for LOCATION_ARCHIVED in English. */
    public static String action(String code, Locale locale) {
        String key = "history.actions." + code;
        if (Messages.bundled().has(key)) {
            return Messages.bundled().text(locale, key);
        }
        String words = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /**
     * The field's label in {@code locale}: "Default location" for defaultLocation (and for "default location"), a
     * permission's group and name for a role's permission ("Audit: View audit trail").
     */
    public static String field(String key, Locale locale) {
        String permission = AuditValues.permission(key, locale);
        if (permission != null) {
            return permission;
        }
        String bundleKey = "history.fields." + AuditValues.camel(key);
        if (Messages.bundled().has(bundleKey)) {
            return Messages.bundled().text(locale, bundleKey);
        }
        // Keys written as code (defaultLocation) become words; keys already written as words keep their case.
        String words = key.matches("[a-z][A-Za-z]*") ? key.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT) : key;
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /**
     * Who did it, in {@code locale}: a person's name as it was recorded; the name of Staffroom's own work (a
     * scheduled job, a refused sign-in) in words when {@code unattended} (no teammate of the practice acted).
     */
    public static String actor(String label, boolean unattended, Locale locale) {
        String key = unattended ? ACTORS.get(label) : null;
        return key == null ? label : Messages.bundled().text(locale, key);
    }

    /** The kind of target in {@code locale}: "Teammate" for TEAMMATE in English, its code in words if no bundle names it. */
    public static @Nullable String targetType(@Nullable String type, Locale locale) {
        if (type == null) {
            return null;
        }
        String key = "history.targetTypes." + type;
        return Messages.bundled().has(key) ? Messages.bundled().text(locale, key) : action(type, locale);
    }

    /** The target in {@code locale}: names as recorded, the practice's rules and access reviews in words. */
    public static @Nullable String target(@Nullable String type, @Nullable String label, Locale locale) {
        if (label == null) {
            return null;
        }
        if ("PRACTICE".equals(type) && PRACTICE_TARGETS.containsKey(label)) {
            return Messages.bundled().text(locale, PRACTICE_TARGETS.get(label));
        }
        if ("ACCESS_REVIEW".equals(type) && label.startsWith(REVIEW_TARGET)) {
            return Messages.bundled().text(locale, "history.targets.accessReview",
                    AuditValues.scope(label.substring(REVIEW_TARGET.length()), locale));
        }
        return label;
    }

    /**
     * The fields of {@code before} and {@code after} (JSON objects as the audit table keeps them, either may
     * be null or empty), each with its value before and after in {@code locale}, in the order people think of them.
     */
    public static List<FieldChange> changes(JsonMapper json, @Nullable String before, @Nullable String after, Locale locale) {
        JsonNode was = read(json, before);
        JsonNode now = read(json, after);
        Set<String> recorded = new LinkedHashSet<>(was.propertyNames());
        recorded.addAll(now.propertyNames());
        // PostgreSQL's jsonb keeps keys by length, not as recorded: the fields read in the order people think of them.
        List<String> keys = recorded.stream().sorted(Comparator.comparingInt(AuditWording::rank)).toList();
        List<FieldChange> changes = new ArrayList<>();
        for (String key : keys) {
            changes.add(new FieldChange(field(key, locale), AuditValues.value(key, was.get(key), locale),
                    AuditValues.value(key, now.get(key), locale)));
        }
        return changes;
    }

    private static final List<String> ORDER = List.of("name", "first name", "last name", "status", "email",
            "requested email", "role", "locations", "defaultLocation", "default location", "phones", "worksAsProvider",
            "mdConsentRequired", "supervisingMedicalDirector", "availableForSmartBooking", "appointmentColour", "capacity",
            "schedulingStepMinutes", "goalProceduresPerWeek", "goalProceduresPerMonth", "goalSalesPerMonth", "npi",
            "displayName", "displayTitle", "bio", "deactivationReason");

    private static int rank(String key) {
        int known = ORDER.indexOf(key);
        return known < 0 ? ORDER.size() : known;
    }

    /** One field's change as a line: "Field: before → after", only the new value when there was none before. */
    public static String line(FieldChange change, Locale locale) {
        return change.before().equals(AuditValues.EMPTY)
                ? Messages.bundled().text(locale, "history.changeNew", change.field(), change.after())
                : Messages.bundled().text(locale, "history.change", change.field(), change.before(), change.after());
    }

    /** Every field's {@link #line}, one per line. */
    public static String describe(List<FieldChange> changes, Locale locale) {
        return String.join("\n", changes.stream().map(change -> line(change, locale)).toList());
    }

    private static JsonNode read(JsonMapper json, @Nullable String text) {
        JsonNode node = text == null || text.isBlank() ? null : json.readTree(text);
        return node != null && node.isObject() ? node : json.createObjectNode();
    }
}
