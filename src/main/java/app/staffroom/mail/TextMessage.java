package app.staffroom.mail;

/**
 * A text message (SMS) to send.
 *
 * @param recipient the mobile number in E.164 ({@code +14155550132}), without extension
 * @param text      the message, at most {@link #MAX_LENGTH} characters
 */
public record TextMessage(String recipient, String text) {

    /** Two SMS segments of GSM characters: longer texts cost more and arrive in pieces. */
    public static final int MAX_LENGTH = 300;

    public TextMessage {
        if (!recipient.matches("\\+[1-9][0-9]{6,14}")) {
            throw new IllegalArgumentException("A text message goes to a number in E.164 without extension");
        }
        if (text.isBlank() || text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A text message holds 1 to " + MAX_LENGTH + " characters");
        }
    }
}
