package app.staffroom.history;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the audit trail reads to a person: plain actions ("Location archived", not LOCATION_ARCHIVED), field
 * labels ("Default location", not defaultLocation) and, per field that changed, the value before and after.
 */
public final class AuditWording {

    private static final Map<String, String> ACTIONS = Map.ofEntries(
            Map.entry("SIGN_IN_FAILED", "Sign-in refused"),
            Map.entry("SIGNED_IN", "Signed in"),
            Map.entry("TEAMMATE_INVITED", "Invited to the team"),
            Map.entry("INVITATION_SENT", "New invitation sent"),
            Map.entry("TEAMMATE_UPDATED", "Teammate changed"),
            Map.entry("PROFILE_UPDATED", "Own profile changed"),
            Map.entry("PROVIDER_PROFILE_UPDATED", "Own provider profile changed"),
            Map.entry("ROLE_PERMISSION_CHANGED", "Role's permissions changed"),
            Map.entry("ROLE_RESET", "Role reset to its defaults"),
            Map.entry("PRACTICE_SET_UP", "Practice set up"),
            Map.entry("OWNER_INVITED", "Invitation sent to the owner"),
            Map.entry("TWO_FACTOR_POLICY_CHANGED", "Two-step sign-in rule changed"),
            Map.entry("TWO_FACTOR_RESET", "Two-step sign-in reset"),
            Map.entry("TWO_FACTOR_REMINDER_SENT", "Two-step sign-in reminder sent"),
            Map.entry("RECOVERY_CODES_CREATED", "New recovery codes made"),
            Map.entry("ACCESS_REVIEW_STARTED", "Access review started"),
            Map.entry("ACCESS_REVIEW_DECIDED", "Access review decision"),
            Map.entry("ACCESS_REVIEW_CLOSED", "Access review closed"),
            Map.entry("ACCESS_REVIEW_SCHEDULE_CHANGED", "Quarterly access review turned on or off"),
            Map.entry("TEAMMATE_ACCESS_ENDED", "Access period ended"),
            Map.entry("ELEVATION_GRANTED", "Temporary role given"),
            Map.entry("ELEVATION_ENDED", "Temporary role ended"),
            Map.entry("DORMANT_RULE_CHANGED", "Dormant-account rule changed"),
            Map.entry("DORMANCY_EXEMPTION_CHANGED", "Exemption from the dormant-account rule changed"));

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("deactivationReason", "Reason"),
            Map.entry("timesSent", "Times sent"),
            Map.entry("NPI", "NPI"),
            Map.entry("npi", "NPI"),
            Map.entry("mdConsentRequired", "MD consent required"),
            Map.entry("schedulingStepMinutes", "Scheduling step (minutes)"),
            Map.entry("goalProceduresPerWeek", "Goal: procedures per week"),
            Map.entry("goalProceduresPerMonth", "Goal: procedures per month"),
            Map.entry("goalSalesPerMonth", "Goal: sales per month"),
            Map.entry("accessStarts", "Access starts"),
            Map.entry("accessEnds", "Access ends"),
            Map.entry("accessEnded", "Access ended at"),
            Map.entry("temporaryUntil", "Temporary until"),
            Map.entry("hours", "Length (hours)"),
            Map.entry("dormancyExemption", "Exempt from the dormant-account rule"),
            Map.entry("deactivateAfterDays", "Deactivate after"));

    private static final Map<String, String> VALUES = Map.of(
            "PENDING", "Pending", "ACTIVE", "Active", "INACTIVE", "Inactive", "true", "yes", "false", "no");

    /** One field of a change as a person reads it; an empty value shows as a dash. */
    public record FieldChange(String field, String before, String after) {
    }

    private AuditWording() {
    }

    /** The action as a phrase: "Location archived" for LOCATION_ARCHIVED. */
    public static String action(String code) {
        String known = ACTIONS.get(code);
        if (known != null) {
            return known;
        }
        String words = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The field's label: "Default location" for defaultLocation, "Scheduling step" for "scheduling step". */
    public static String field(String key) {
        String known = FIELDS.get(key);
        if (known != null) {
            return known;
        }
        // Keys written as code (defaultLocation) become words; keys already written as words keep their case.
        String words = key.matches("[a-z][A-Za-z]*") ? key.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT) : key;
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /**
     * The fields of {@code before} and {@code after} (JSON objects as the audit table keeps them, either may
     * be null or empty), each with its value before and after, in the order they were recorded.
     */
    public static List<FieldChange> changes(JsonMapper json, @Nullable String before, @Nullable String after) {
        JsonNode was = read(json, before);
        JsonNode now = read(json, after);
        Set<String> recorded = new LinkedHashSet<>(was.propertyNames());
        recorded.addAll(now.propertyNames());
        // PostgreSQL's jsonb keeps keys by length, not as recorded: the fields read in the order people think of them.
        List<String> keys = recorded.stream().sorted(java.util.Comparator.comparingInt(AuditWording::rank)).toList();
        List<FieldChange> changes = new ArrayList<>();
        for (String key : keys) {
            changes.add(new FieldChange(field(key), value(was.get(key)), value(now.get(key))));
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

    /** "Field: before → after" per field, one per line; only the new value when there was none before. */
    public static String describe(List<FieldChange> changes) {
        List<String> lines = new ArrayList<>();
        for (FieldChange change : changes) {
            lines.add(change.field() + ": " + (change.before().equals("—") ? change.after()
                    : change.before() + " → " + change.after()));
        }
        return String.join("\n", lines);
    }

    private static JsonNode read(JsonMapper json, @Nullable String text) {
        JsonNode node = text == null || text.isBlank() ? null : json.readTree(text);
        return node != null && node.isObject() ? node : json.createObjectNode();
    }

    private static String value(@Nullable JsonNode node) {
        if (node == null || node.isNull()) {
            return "—";
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(value(item)));
            return items.isEmpty() ? "—" : String.join(", ", items);
        }
        String text = node.isString() ? node.asString() : node.toString();
        if (text.isEmpty() || text.equals("null")) {
            return "—";
        }
        return VALUES.getOrDefault(text, text);
    }
}
