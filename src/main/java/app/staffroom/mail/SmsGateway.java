package app.staffroom.mail;

/**
 * Hands text messages to an SMS gateway: {@link TwilioGateway} when its properties are set, otherwise
 * {@link DevelopmentTexts}, which keeps them inside the application for the development outbox.
 */
public interface SmsGateway {

    /**
     * Sends one message; called by the text outbox's sender only, never on a request or Reactor thread.
     *
     * @param to   the mobile number in E.164
     * @param text the message
     * @return the gateway's id of the message (at most 64 characters)
     * @throws SmsNotSentException when the gateway did not take the message; the outbox tries again later
     */
    String send(String to, String text);
}
