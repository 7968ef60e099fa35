package app.staffroom.base;

import java.util.regex.Pattern;

/** A practical email syntax check: one @, a dot in the domain, no spaces, at most 254 characters. */
public final class EmailAddresses {

    private static final Pattern EMAIL = Pattern.compile(
            "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

    private EmailAddresses() {
    }

    public static boolean isValid(String email) {
        return email.length() <= 254 && EMAIL.matcher(email).matches() && !email.contains("..");
    }
}
