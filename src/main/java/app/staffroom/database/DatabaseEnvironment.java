package app.staffroom.database;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Decides which PostgreSQL the application talks to before any bean exists: the server named by
 * {@code STAFFROOM_DB_URL} (or the standard {@code spring.r2dbc.*} properties), or else an embedded
 * one started here, so that {@code ./mvnw spring-boot:run} needs nothing installed.
 */
class DatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY_SOURCE = "staffroomDatabase";

    private final Log log;

    DatabaseEnvironment(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(DatabaseEnvironment.class);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> properties = new HashMap<>();
        String externalUrl = environment.getProperty("staffroom.db.url");
        String user = environment.getProperty("staffroom.db.user", "");
        String password = environment.getProperty("staffroom.db.password", "");
        if (externalUrl != null && !externalUrl.isBlank()) {
            PostgresAddress address = PostgresAddress.parse(externalUrl);
            putConnection(properties, address, user, password);
            log.info("Using PostgreSQL at " + address.display());
        } else if (environment.containsProperty("spring.r2dbc.url")) {
            if (!environment.containsProperty("spring.flyway.url")) {
                PostgresAddress address = PostgresAddress.parse(environment.getProperty("spring.r2dbc.url"));
                properties.put("spring.flyway.url", address.jdbcUrl());
                properties.putIfAbsent("spring.flyway.user", environment.getProperty("spring.r2dbc.username", ""));
                properties.putIfAbsent("spring.flyway.password", environment.getProperty("spring.r2dbc.password", ""));
            }
        } else {
            String dataDir = environment.getProperty("staffroom.data-dir", "");
            boolean reset = environment.getProperty("staffroom.db.reset", Boolean.class, false);
            boolean durable = environment.getProperty("staffroom.db.embedded.durable", Boolean.class, true);
            EmbeddedDatabase database = EmbeddedDatabase.acquire(
                    dataDir.isBlank() ? null : Path.of(dataDir).resolve("postgres"), reset, durable, log);
            application.addInitializers(new StopsAfterTheContext(database));
            putConnection(properties, database.address(), EmbeddedDatabase.USER, "");
            properties.put("staffroom.db.embedded", true);
        }
        if (!properties.isEmpty()) {
            environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, properties));
        }
    }

    /**
     * Releases the embedded server once the application context has closed: registered before any bean
     * exists, it is the first disposable bean and so the last one destroyed, after every bean that uses the
     * database (the connection pool, the live listener, the screens' presence reports) has finished.
     */
    private record StopsAfterTheContext(EmbeddedDatabase database)
            implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            if (!(context.getBeanFactory() instanceof DefaultListableBeanFactory beans)) {
                throw new IllegalStateException("Unexpected bean factory " + context.getBeanFactory().getClass());
            }
            DisposableBean release = database::release;
            beans.registerSingleton("embeddedDatabaseRelease", release);
            beans.registerDisposableBean("embeddedDatabaseRelease", release);
        }
    }

    private static void putConnection(Map<String, Object> properties, PostgresAddress address, String user, String password) {
        properties.put("spring.r2dbc.url", address.r2dbcUrl());
        properties.put("spring.r2dbc.username", user);
        properties.put("spring.r2dbc.password", password);
        properties.put("spring.flyway.url", address.jdbcUrl());
        properties.put("spring.flyway.user", user);
        properties.put("spring.flyway.password", password);
    }
}
