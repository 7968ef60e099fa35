package app.staffroom.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param from the sender of every message
 * @param pollInterval how often the outbox is checked for mail that is due
 */
@ConfigurationProperties("staffroom.mail")
record MailSettings(String from, Duration pollInterval) {
}
