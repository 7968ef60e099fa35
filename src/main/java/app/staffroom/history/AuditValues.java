package app.staffroom.history;

import app.staffroom.base.Messages;
import app.staffroom.role.Permission;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The recorded values of the audit trail in the reader's language. Values were recorded in English or as codes
 * (TeammateStatus's names, yes/no, "3 days", the English name of a decision or a seat plan): those read in words of
 * the reader's language; what a person typed (names, emails, notes, reasons) reads as typed.
 */
final class AuditValues {

    /** An empty value. */
    static final String EMPTY = "—";

    /** The fields whose values a person typed or named: never read as words of a bundle. */
    private static final Set<String> TYPED = Set.of("name", "firstName", "lastName", "email", "requestedEmail",
            "description", "bio", "displayName", "displayTitle", "note", "reason", "passkey", "role", "locations",
            "defaultLocation", "owner", "reviewers", "requiredFor", "newDefaultLocationFor", "firstClinic", "number",
            "issuingBodyOrState", "document", "credential", "supervisingMedicalDirector", "phones", "mobileNumberConfirmed",
            "sentTo", "session", "npi", "taxonomyCode", "quarter");

    /** Fields whose value is the English name of one of Staffroom's enumerations, with the enumeration's name. */
    private static final Map<String, String> ENUMERATIONS = Map.of("decision", "Decision", "seatPlan", "SeatPlan",
            "mobileNumberConfirmedAtAcceptance", "MobileConfirmation", "type", "CredentialType");

    private static final Map<String, String> CONSTANTS = Map.ofEntries(
            Map.entry("off", "history.values.off"), Map.entry("early", "history.values.early"),
            Map.entry("Set up", "history.values.setUp"), Map.entry("None", "history.values.none"),
            Map.entry("Added", "history.values.added"), Map.entry("Removed", "history.values.removed"),
            Map.entry("Every person decided", "history.values.everyPersonDecided"),
            Map.entry("Whole practice", "history.values.wholePractice"), Map.entry("dormant", "history.values.dormant"),
            Map.entry("access ended", "history.values.accessEnded"),
            Map.entry("Invitation revoked", "history.values.invitationRevoked"),
            Map.entry("start-up settings", "history.values.startUpSettings"),
            Map.entry("setup page", "history.values.setupPage"),
            Map.entry("an operator of the instance", "history.values.anOperator"));

    /** Recorded phrases with one part that varies, and the bundle key that says them. */
    private static final Map<Pattern, String> PHRASES = Map.of(
            Pattern.compile("(\\d+) days?"), "history.values.days",
            Pattern.compile("(\\d+) hours?"), "history.values.hours",
            Pattern.compile("(\\d+) minutes?"), "history.values.minutes",
            Pattern.compile("(\\d+) (?:person|people)"), "history.values.people",
            Pattern.compile("(\\d+) new"), "history.values.newCodes",
            Pattern.compile("Sent to (.+)"), "history.values.sentTo",
            Pattern.compile("at its end, (.+)"), "history.values.atItsEnd",
            Pattern.compile("Invitation revoked: (.+)", Pattern.DOTALL), "history.values.invitationRevokedBecause");

    private static volatile @Nullable Map<String, String> englishNames;

    private AuditValues() {
    }

    /** {@code node}, recorded for the field {@code key}, in {@code locale}; {@value #EMPTY} for none. */
    static String value(String key, @Nullable JsonNode node, Locale locale) {
        if (node == null || node.isNull()) {
            return EMPTY;
        }
        String field = camel(key);
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(field.equals("permissions") ? permissionName(item.asString(), locale)
                    : value(key, item, locale)));
            return items.isEmpty() ? EMPTY : String.join(", ", items);
        }
        String text = node.isString() ? node.asString() : node.toString();
        if (text.isEmpty() || text.equals("null")) {
            return EMPTY;
        }
        if (text.equals("true") || text.equals("false") || field.equals("archived") && Set.of("yes", "no").contains(text)) {
            return Messages.bundled().text(locale, text.equals("true") || text.equals("yes") ? "history.values.yes" : "history.values.no");
        }
        if (field.equals("status") && Messages.bundled().has("enums.TeammateStatus." + text)) {
            return Messages.bundled().text(locale, "enums.TeammateStatus." + text);
        }
        if (ENUMERATIONS.containsKey(field)) {
            String enumKey = enumKey(ENUMERATIONS.get(field), text);
            return enumKey == null ? text : Messages.bundled().text(locale, enumKey);
        }
        if (field.equals("scope")) {
            return scope(text, locale);
        }
        return TYPED.contains(field) ? text : words(text, locale);
    }

    /** A review's scope in {@code locale}: the whole practice in words, a location by its name. */
    static String scope(String recorded, Locale locale) {
        return recorded.equals("Whole practice") ? Messages.bundled().text(locale, "history.values.wholePractice") : recorded;
    }

    /** A permission recorded as its group's and its own English names ("Audit: View audit trail") in {@code locale}. */
    static @Nullable String permission(String key, Locale locale) {
        for (Permission permission : Permission.values()) {
            if (key.equals(permission.group().label() + ": " + permission.label())) {
                return Messages.bundled().text(locale, "history.permission", Messages.label(permission.group(), locale),
                        Messages.label(permission, locale));
            }
        }
        return null;
    }

    /** A field's key as bundle keys spell it: "default location", "Default-location" and defaultLocation alike. */
    static String camel(String key) {
        if (key.matches("[a-z][A-Za-z]*")) {
            return key;
        }
        StringBuilder camel = new StringBuilder();
        for (String word : key.split("[^A-Za-z0-9]+")) {
            if (word.isEmpty()) {
                continue;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            camel.append(camel.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
        }
        return camel.toString();
    }

    private static String permissionName(String code, Locale locale) {
        for (Permission permission : Permission.values()) {
            if (permission.name().equals(code)) {
                return Messages.label(permission, locale);
            }
        }
        return code;
    }

    private static String words(String text, Locale locale) {
        String constant = CONSTANTS.get(text);
        if (constant != null) {
            return Messages.bundled().text(locale, constant);
        }
        for (Map.Entry<Pattern, String> phrase : PHRASES.entrySet()) {
            Matcher matcher = phrase.getKey().matcher(text);
            if (matcher.matches()) {
                String part = matcher.group(1);
                Object argument = part.chars().allMatch(Character::isDigit) && part.length() < 10 ? Long.parseLong(part) : part;
                return Messages.bundled().text(locale, phrase.getValue(), argument);
            }
        }
        return text;
    }

    /** The bundle key of the constant of {@code enumeration} whose English name is {@code english}; null for none. */
    private static @Nullable String enumKey(String enumeration, String english) {
        Map<String, String> names = englishNames;
        if (names == null) {
            names = new HashMap<>();
            for (Map.Entry<String, String> entry : Messages.files().getOrDefault("enums.properties", Map.of()).entrySet()) {
                names.putIfAbsent(entry.getKey().substring(0, entry.getKey().lastIndexOf('.') + 1) + entry.getValue(),
                        entry.getKey());
            }
            englishNames = names;
        }
        return names.get("enums." + enumeration + "." + english);
    }
}
