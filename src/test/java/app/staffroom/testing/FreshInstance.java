package app.staffroom.testing;

import app.staffroom.Application;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * An application node of its own on an empty embedded database (its own data directory), without the
 * demo data, as an operator installs Staffroom for a clinic: for the first-run setup, which needs a
 * database without any practice. Its console is read from {@code console} (Spring Boot's output capture).
 */
public final class FreshInstance implements AutoCloseable {

    private static final Pattern SETUP_LINK = Pattern.compile("(http://\\S+)/setup\\?token=([A-Za-z0-9_-]+)");
    private static final Duration LIMIT = Duration.ofSeconds(10);

    private final ConfigurableApplicationContext node;
    private final String console;

    private FreshInstance(ConfigurableApplicationContext node, String console) {
        this.node = node;
        this.console = console;
    }

    /**
     * Starts a node on {@code dataDirectory} (empty on first use, kept across starts) with these extra
     * {@code --name=value} arguments; what it printed while starting is kept as {@link #console()}.
     */
    public static FreshInstance start(Path dataDirectory, CapturedOutput console, String... arguments) {
        int before = console.getOut().length();
        ConfigurableApplicationContext node = new SpringApplicationBuilder(Application.class).run(arguments(dataDirectory, arguments));
        return new FreshInstance(node, console.getOut().substring(before));
    }

    /** The arguments of a start on {@code dataDirectory}: demo off, any free port unless {@code extra} names one, and {@code extra}. */
    public static String[] arguments(Path dataDirectory, String... extra) {
        List<String> all = new ArrayList<>(List.of("--staffroom.data-dir=" + dataDirectory, "--staffroom.demo.enabled=false",
                "--spring.main.banner-mode=off"));
        if (Arrays.stream(extra).noneMatch(argument -> argument.startsWith("--server.port="))) {
            all.add("--server.port=0");
        }
        all.addAll(List.of(extra));
        return all.toArray(String[]::new);
    }

    public ConfigurableApplicationContext node() {
        return node;
    }

    /** What the node printed on the console while it started. */
    public String console() {
        return console;
    }

    /** The token of the last setup link in {@code text}; fails when there is none. */
    public static String setupToken(String text) {
        Matcher link = SETUP_LINK.matcher(text);
        String token = null;
        while (link.find()) {
            token = link.group(2);
        }
        if (token == null) {
            throw new AssertionError("No setup link was printed");
        }
        return token;
    }

    /** True when {@code text} holds a setup link. */
    public static boolean hasSetupLink(String text) {
        return SETUP_LINK.matcher(text).find();
    }

    /** The practices of this node's database. */
    public long practices() {
        return count("select count(*) from workspace");
    }

    /** The single number {@code sql} answers on this node's database. */
    public long count(String sql) {
        return Objects.requireNonNull(node.getBean(DatabaseClient.class).sql(sql)
                .map(row -> row.get(0, Long.class)).one().block(LIMIT));
    }

    /** The one practice of this node's database. */
    public UUID practice() {
        return Objects.requireNonNull(node.getBean(DatabaseClient.class).sql("select id from workspace")
                .map(row -> row.get(0, UUID.class)).one().block(LIMIT));
    }

    @Override
    public void close() {
        node.close();
    }
}
