package app.staffroom.mail;

/**
 * The SMS gateway did not take a message. The message says why in terms of the gateway (status, error code) and
 * never holds the text that was to be sent, since it is logged and kept with the message.
 */
public class SmsNotSentException extends RuntimeException {

    public SmsNotSentException(String why) {
        super(why);
    }
}
