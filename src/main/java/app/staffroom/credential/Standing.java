package app.staffroom.credential;

import app.staffroom.base.Messages;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * Where a credential stands on a given day of the practice, and which reminder is due: reminders go 90, 30 and 7
 * days before the expiry date, and a last notice the day after it (the credential has lapsed). A credential
 * entered late, or a pass that ran late, gets the most urgent of them that is due, never the earlier ones.
 */
public enum Standing {
    /** More than 90 days left, or no expiry date. */
    VALID(""),
    DUE_90("CREDENTIAL_EXPIRES_90D"),
    DUE_30("CREDENTIAL_EXPIRES_30D"),
    DUE_7("CREDENTIAL_EXPIRES_7D"),
    LAPSED("CREDENTIAL_LAPSED");

    /** How far ahead the Credentials screen and the first reminder look, in days. */
    public static final int HORIZON_DAYS = 90;

    private final String notice;

    Standing(String notice) {
        this.notice = notice;
    }

    /** The kind of calendar notice that tells of this standing; empty for {@link #VALID}. */
    public String notice() {
        return notice;
    }

    /** Days from {@code today} to {@code expiresOn}: 0 on the last valid day, negative after it; null without one. */
    public static @Nullable Long daysLeft(@Nullable LocalDate expiresOn, LocalDate today) {
        return expiresOn == null ? null : ChronoUnit.DAYS.between(today, expiresOn);
    }

    /** The standing with {@code daysLeft} days left (see {@link #daysLeft}). */
    public static Standing of(@Nullable Long daysLeft) {
        if (daysLeft == null || daysLeft > HORIZON_DAYS) {
            return VALID;
        }
        if (daysLeft < 0) {
            return LAPSED;
        }
        return daysLeft <= 7 ? DUE_7 : daysLeft <= 30 ? DUE_30 : DUE_90;
    }

    static String describe(@Nullable Long daysLeft, java.util.Locale locale) {
        if (daysLeft == null) {
            return Messages.bundled().text(locale, "credential.standing.noExpiry");
        }
        if (daysLeft < 0) {
            return Messages.bundled().text(locale, "credential.standing.lapsed", -daysLeft);
        }
        if (daysLeft == 0) {
            return Messages.bundled().text(locale, "credential.standing.today");
        }
        if (daysLeft <= HORIZON_DAYS) {
            return Messages.bundled().text(locale, "credential.standing.expires", daysLeft);
        }
        return Messages.bundled().text(locale, "credential.standing.valid");
    }
}
