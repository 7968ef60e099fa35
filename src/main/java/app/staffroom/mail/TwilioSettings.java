package app.staffroom.mail;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Twilio account that sends text messages (properties {@code staffroom.sms.twilio.*}); without an account
 * SID, messages stay inside the application (see {@link DevelopmentTexts}).
 *
 * @param accountSid the account's SID ({@code AC…}), also the user name of HTTP basic authentication
 * @param authToken  the account's auth token, the password
 * @param from       the sending number in E.164, or a messaging service SID ({@code MG…})
 * @param baseUrl    where Twilio's REST API answers; another address only for tests
 */
@ConfigurationProperties("staffroom.sms.twilio")
record TwilioSettings(@DefaultValue("") String accountSid, @DefaultValue("") String authToken,
                      @DefaultValue("") String from, @DefaultValue("https://api.twilio.com") URI baseUrl) {

    boolean configured() {
        return !accountSid.isBlank();
    }
}
