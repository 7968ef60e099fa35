package app.staffroom.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A bounded load check of live updates through the load balancer, on localhost: {@code check.sessions} signed-in
 * browsers (headless Chromium, each its own session, spread over the nodes by the balancer or all pinned to one
 * node with {@code check.pin}) keep the Teammates screen open; {@code check.changes} changes of their practice are
 * announced one after another, each once every screen has shown the one before and at least {@code check.interval}
 * (300 ms) after the one before. The nodes must have no screen open before (restart them). The commit-to-screen delay is read
 * from the nodes' own {@code staffroom_live_delay_seconds} histograms (before and after, subtracted) and reported
 * per node and for the cluster as p50 / p95 (interpolated within the histogram's buckets), in milliseconds.
 *
 * <p>Run against {@code deploy/local-cluster start} (see the README). System properties: {@code check.url}
 * (balancer, {@code http://localhost:8080}), {@code check.nodes} (management addresses, comma-separated,
 * {@code http://localhost:9091,http://localhost:9092}), {@code check.db} (JDBC URL of the cluster's database),
 * {@code check.sessions} (8), {@code check.changes} (30), {@code check.pin} (a node's cookie value, or empty),
 * {@code check.email} (the demo teammate every browser signs in as).
 */
public final class ClusterLoadCheck {

    private static final Pattern BUCKET = Pattern.compile(
            "^staffroom_live_delay_seconds_bucket\\{[^}]*le=\"([^\"]+)\"[^}]*} ([0-9.eE+]+)$");
    private static final Pattern COUNT = Pattern.compile("^staffroom_live_delay_seconds_count\\{[^}]*} ([0-9.eE+]+)$");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ClusterLoadCheck() {
    }

    public static void main(String[] args) throws Exception {
        String balancer = System.getProperty("check.url", "http://localhost:8080");
        List<String> nodes = List.of(System.getProperty("check.nodes", "http://localhost:9091,http://localhost:9092").split(","));
        String db = System.getProperty("check.db", "jdbc:postgresql://localhost:15432/staffroom");
        int sessions = Integer.getInteger("check.sessions", 8);
        int changes = Integer.getInteger("check.changes", 30);
        String pin = System.getProperty("check.pin", "");
        String email = System.getProperty("check.email", "ava.thompson@harbour.example");
        Duration pace = Duration.ofMillis(Long.getLong("check.interval", 300));
        if (gauge(nodes, "staffroom_screens_open") > 0) {
            System.err.println("Screens are still open on the nodes (from an earlier run, they close within three minutes):"
                    + " restart the nodes first, for example deploy/local-cluster stop and start.");
            System.exit(2);
        }

        List<WebDriver> browsers = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(db, System.getProperty("check.db.user", "postgres"), "")) {
            Map<String, Integer> perNode = new TreeMap<>();
            for (int i = 0; i < sessions; i++) {
                WebDriver browser = Browsers.open();
                browsers.add(browser);
                if (!pin.isEmpty()) {
                    Browsers.keepOnNode(browser, balancer, pin);
                }
                Browsers.signIn(browser, balancer, email);
                Browsers.wait(browser).until(ExpectedConditions.urlMatches("^" + Pattern.quote(balancer) + "/(\\?.*)?$"));
                browser.get(balancer + "/");
                Browsers.wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-grid")));
                Cookie node = browser.manage().getCookieNamed("STAFFROOM_NODE");
                perNode.merge(node == null ? "?" : node.getValue(), 1, Integer::sum);
            }
            UUID practice = practiceOf(connection, email);
            System.out.printf("%d sessions open (by node: %s), practice %s%n", sessions, perNode, practice);

            List<Map<Double, Double>> before = nodes.stream().map(ClusterLoadCheck::buckets).toList();
            double shownBefore = shown(nodes);
            Instant started = Instant.now();
            for (int change = 1; change <= changes; change++) {
                long next = System.nanoTime() + pace.toNanos();
                announce(connection, practice);
                double expected = shownBefore + (double) sessions * change;
                // The next change waits for every screen to have this one, and for the load's pace: a screen takes at
                // most four updates a second (bursts collapse), so changes closer together would measure that collapsing.
                Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                        .until(() -> System.nanoTime() >= next && shown(nodes) >= expected);
            }
            Duration took = Duration.between(started, Instant.now());
            List<Map<Double, Double>> after = nodes.stream().map(ClusterLoadCheck::buckets).toList();

            Map<Double, Double> cluster = new TreeMap<>();
            for (int n = 0; n < nodes.size(); n++) {
                Map<Double, Double> node = minus(after.get(n), before.get(n));
                node.forEach((le, count) -> cluster.merge(le, count, Double::sum));
                System.out.printf(Locale.ROOT, "node %s: %.0f screen updates, p50 %s ms, p95 %s ms%n", nodes.get(n),
                        total(node), percentile(node, 0.50), percentile(node, 0.95));
            }
            System.out.printf(Locale.ROOT, "cluster: %d changes x %d screens = %.0f screen updates in %d ms, p50 %s ms, p95 %s ms%n",
                    changes, sessions, total(cluster), took.toMillis(), percentile(cluster, 0.50), percentile(cluster, 0.95));
        } finally {
            browsers.forEach(WebDriver::quit);
        }
    }

    private static UUID practiceOf(Connection connection, String email) throws Exception {
        try (PreparedStatement query = connection.prepareStatement(
                "select t.workspace_id from teammate t join account a on a.id = t.account_id where lower(a.email) = ? limit 1")) {
            query.setString(1, email);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getObject(1, UUID.class);
            }
        }
    }

    /** Announces a change of the practice's team as a change does (the payload of {@code LiveNotifier}). */
    private static void announce(Connection connection, UUID practice) throws Exception {
        try (PreparedStatement notify = connection.prepareStatement("select pg_notify('staffroom_live', ?)")) {
            notify.setString(1, practice + "|TEAMMATE||" + ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now()));
            notify.execute();
        }
    }

    private static double shown(List<String> nodes) {
        double shown = 0;
        for (String node : nodes) {
            for (String line : prometheus(node)) {
                Matcher count = COUNT.matcher(line);
                if (count.matches()) {
                    shown += Double.parseDouble(count.group(1));
                }
            }
        }
        return shown;
    }

    /** The sum over the nodes of a gauge without labels other than {@code node}. */
    private static double gauge(List<String> nodes, String name) {
        double sum = 0;
        for (String node : nodes) {
            for (String line : prometheus(node)) {
                if (line.startsWith(name + "{") || line.startsWith(name + " ")) {
                    sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                }
            }
        }
        return sum;
    }

    private static Map<Double, Double> buckets(String node) {
        Map<Double, Double> buckets = new TreeMap<>();
        for (String line : prometheus(node)) {
            Matcher bucket = BUCKET.matcher(line);
            if (bucket.matches()) {
                double le = bucket.group(1).equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(bucket.group(1));
                buckets.put(le, Double.parseDouble(bucket.group(2)));
            }
        }
        return buckets;
    }

    private static List<String> prometheus(String node) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(node + "/actuator/prometheus")).build(),
                    HttpResponse.BodyHandlers.ofString()).body().lines().toList();
        } catch (Exception unreachable) {
            throw new IllegalStateException("No metrics from " + node, unreachable);
        }
    }

    private static Map<Double, Double> minus(Map<Double, Double> after, Map<Double, Double> before) {
        Map<Double, Double> difference = new TreeMap<>();
        after.forEach((le, count) -> difference.put(le, count - before.getOrDefault(le, 0.0)));
        return difference;
    }

    private static double total(Map<Double, Double> cumulative) {
        return cumulative.getOrDefault(Double.POSITIVE_INFINITY, 0.0);
    }

    /** The q-quantile in ms, linearly interpolated within its bucket of the cumulative histogram. */
    private static String percentile(Map<Double, Double> cumulative, double q) {
        double total = total(cumulative);
        if (total == 0) {
            return "-";
        }
        double rank = q * total;
        double lowerBound = 0;
        double lowerCount = 0;
        for (Map.Entry<Double, Double> bucket : cumulative.entrySet()) {
            if (bucket.getValue() >= rank) {
                if (bucket.getKey().isInfinite()) {
                    return "> " + Math.round(lowerBound * 1000);
                }
                double inBucket = bucket.getValue() - lowerCount;
                double share = inBucket == 0 ? 1 : (rank - lowerCount) / inBucket;
                return String.valueOf(Math.round((lowerBound + share * (bucket.getKey() - lowerBound)) * 1000));
            }
            lowerBound = bucket.getKey();
            lowerCount = bucket.getValue();
        }
        return "-";
    }
}
