package app.staffroom.mail;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Twilio when {@code staffroom.sms.twilio.account-sid} is set; otherwise the messages stay inside the application. */
@Configuration(proxyBeanMethods = false)
class SmsConfiguration {

    @Bean
    @ConditionalOnExpression("!'${staffroom.sms.twilio.account-sid:}'.isBlank()")
    SmsGateway twilioGateway(TwilioSettings settings) {
        return new TwilioGateway(settings);
    }

    @Bean
    @ConditionalOnExpression("'${staffroom.sms.twilio.account-sid:}'.isBlank()")
    DevelopmentTexts developmentTexts() {
        return new DevelopmentTexts();
    }
}
