package app.staffroom.base;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
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
}
