package app.staffroom.demo;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Loads the demo data on the first start and tells the console how to sign in. */
@Component
@ConditionalOnProperty(name = "staffroom.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoStartup.class);

    private final DemoData demoData;
    private final String password;
    private final Environment environment;

    DemoStartup(DemoData demoData, @Value("${staffroom.demo.password}") String password, Environment environment) {
        this.demoData = demoData;
        this.password = password;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        Boolean loaded = demoData.loadIntoEmptyDatabase(password).block(Duration.ofMinutes(2));
        if (Boolean.TRUE.equals(loaded)) {
            log.info("Demo data loaded: Harbour Aesthetics (30 teammates) and Northside Physio");
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void printDemoLogin() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        log.info("""

                ==============================================================
                  Staffroom is running: http://localhost:{}/
                  Demo admin   email:    {}
                               password: {}
                ==============================================================""", port, DemoData.adminEmail(), password);
    }
}
