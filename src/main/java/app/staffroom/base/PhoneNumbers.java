package app.staffroom.base;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.List;
import java.util.Optional;

/**
 * Phone numbers as people type them, stored as E.164 (+14155550123) followed, when the person gave an
 * extension ("ext. 77", "x12", "extension 5", ";ext=5"), by {@code ;ext=} and its digits as in a
 * {@code tel:} URI (RFC 3966, section 5.1.5): {@code +14155550132;ext=77}. The practice's region fills
 * in a missing country code. Shown to people in the international format, extension included
 * ({@code +1 415-555-0132 ext. 77}; each country writes the extension its own way, such as {@code x304}).
 */
public final class PhoneNumbers {

    public static final int MAX_PER_PERSON = 4;
    private static final String EXTENSION = ";ext=";
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    /**
     * The number as it is stored (E.164, then {@code ;ext=} and the extension if there is one), or empty
     * when it is not a valid number.
     *
     * @param region ISO 3166-1 alpha-2 code of the country a number without country code belongs to, e.g. "US"
     */
    public static Optional<String> toE164(String typed, String region) {
        try {
            PhoneNumber number = PHONES.parse(typed, region);
            if (!PHONES.isValidNumber(number)) {
                return Optional.empty();
            }
            String e164 = PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
            return Optional.of(number.hasExtension() && !number.getExtension().isEmpty()
                    ? e164 + EXTENSION + number.getExtension() : e164);
        } catch (NumberParseException unreadable) {
            return Optional.empty();
        }
    }

    /** The valid ones among typed numbers, as stored (see {@link #toE164}) and in their order; blanks are left out. */
    public static List<String> allToE164(List<String> typed, String region) {
        return typed.stream().filter(phone -> !phone.isBlank())
                .flatMap(phone -> toE164(phone, region).stream()).toList();
    }

    /**
     * A stored number as people read it: {@code +1 415-555-0132 ext. 77}. Anything that does not parse
     * (nothing stored does) is shown as it is.
     */
    public static String display(String stored) {
        try {
            return PHONES.format(PHONES.parse(stored, "ZZ"), PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException unreadable) {
            return stored;
        }
    }

    /**
     * The first stored number that can receive text messages: one without extension that libphonenumber's
     * numbering plan of its country says is a mobile number, or may be one ({@code FIXED_LINE_OR_MOBILE}, as every
     * number of the United States and Canada is). Empty when there is none.
     *
     * @param stored numbers as stored (see {@link #toE164})
     * @return the number in E.164
     */
    public static Optional<String> firstMobile(List<String> stored) {
        return stored.stream().filter(number -> !number.contains(EXTENSION)).filter(PhoneNumbers::isMobile).findFirst();
    }

    private static boolean isMobile(String e164) {
        try {
            PhoneNumberUtil.PhoneNumberType type = PHONES.getNumberType(PHONES.parse(e164, "ZZ"));
            return type == PhoneNumberUtil.PhoneNumberType.MOBILE || type == PhoneNumberUtil.PhoneNumberType.FIXED_LINE_OR_MOBILE;
        } catch (NumberParseException unreadable) {
            return false;
        }
    }

    /** The last three digits of a stored number, to name it without showing it: "ending in 132". */
    public static String ending(String stored) {
        String digits = stored.split(";", 2)[0];
        return digits.substring(Math.max(1, digits.length() - 3));
    }

    /** Typed numbers as they will be stored and then shown (see {@link #display}); invalid ones and blanks are left out. */
    public static List<String> allForDisplay(List<String> typed, String region) {
        return allToE164(typed, region).stream().map(PhoneNumbers::display).toList();
    }
}
