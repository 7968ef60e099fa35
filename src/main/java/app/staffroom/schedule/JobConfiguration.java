package app.staffroom.schedule;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Starts the {@link JobScheduler} with every {@link CalendarJob} bean, on the database Flyway migrates.
 * {@code staffroom.jobs.enabled=false} leaves a node without jobs (the other nodes still run them).
 */
@Configuration
class JobConfiguration {

    @Bean
    @ConditionalOnProperty(name = "staffroom.jobs.enabled", havingValue = "true", matchIfMissing = true)
    JobScheduler jobScheduler(Environment environment, ObjectProvider<CalendarJob> jobs, Clock clock, MeterRegistry metrics) {
        String node = environment.getProperty("staffroom.node-name", "");
        return new JobScheduler(new JobScheduler.Settings(
                environment.getRequiredProperty("spring.flyway.url"),
                environment.getProperty("spring.flyway.user", ""),
                environment.getProperty("spring.flyway.password", ""),
                environment.getProperty("staffroom.jobs.polling-interval", Duration.class, Duration.ofSeconds(1)),
                environment.getProperty("staffroom.jobs.pass-limit", Duration.class, Duration.ofMinutes(10)),
                node.isBlank() ? hostName() : node.strip()), jobs.orderedStream().toList(), clock, metrics);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException unknown) {
            return "node";
        }
    }
}
