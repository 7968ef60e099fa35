package app.staffroom.base;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.List;
import java.util.Optional;

/** Phone numbers as people type them, stored as E.164 (+14155550123); the region fills in a missing country code. */
public final class PhoneNumbers {

    public static final int MAX_PER_PERSON = 4;
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    /** The number in E.164, or empty when it is not a valid number. */
    public static Optional<String> toE164(String typed, String region) {
        try {
            PhoneNumber number = PHONES.parse(typed, region);
            return PHONES.isValidNumber(number)
                    ? Optional.of(PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException unreadable) {
            return Optional.empty();
        }
    }

    /** The valid ones among typed numbers, in E.164 and in their order; blanks are left out. */
    public static List<String> allToE164(List<String> typed, String region) {
        return typed.stream().filter(phone -> !phone.isBlank())
                .flatMap(phone -> toE164(phone, region).stream()).toList();
    }
}
