package app.staffroom.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.staffroom.testing.Demo;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The production topology without containers: {@code deploy/local-cluster} runs PostgreSQL, two nodes from
 * the production jar and Debian's HAProxy with {@code deploy/haproxy.cfg} (the file docker-compose uses),
 * and headless Chromium browsers use Staffroom through the balancer only. Each browser is kept on one node by
 * HAProxy's sticky cookie; which node holds a browser's session is asked of the nodes themselves, past the
 * balancer. Runs after {@code package}, on the packaged jar (maven-failsafe-plugin).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesBehindHaproxyIT {

    private static final Duration CLUSTER_PATIENCE = Duration.ofSeconds(90);
    private static final Pattern COUNT = Pattern.compile("\\((\\d+)\\)");

    static LocalCluster cluster;

    private final List<WebDriver> browsers = new ArrayList<>();

    @BeforeAll
    static void startTheCluster() {
        cluster = LocalCluster.onFreePorts();
        cluster.start();
        System.out.println("deploy/local-cluster start took " + cluster.startTime().toMillis() + " ms");
    }

    @AfterAll
    static void stopTheCluster() {
        if (cluster != null) {
            cluster.stop();
        }
    }

    @BeforeEach
    void bothNodesAndTheDatabaseAreUp() {
        await().atMost(CLUSTER_PATIENCE).until(() -> cluster.readiness("a") == 200 && cluster.readiness("b") == 200);
        await().atMost(CLUSTER_PATIENCE).until(() -> "a".equals(cluster.nodeServing("a")) && "b".equals(cluster.nodeServing("b")));
    }

    @AfterEach
    void closeBrowsers(TestInfo test) throws IOException {
        for (int i = 0; i < browsers.size(); i++) {
            Browsers.screenshot(browsers.get(i), "cluster-" + test.getTestMethod().orElseThrow().getName() + "-" + i + ".png");
        }
        browsers.forEach(WebDriver::quit);
    }

    @Test
    @Order(1)
    void two_nodes_started_at_once_on_an_empty_database_load_the_demo_data_once() {
        assertThat(cluster.count("select count(*) from workspace")).isEqualTo(2);
        assertThat(cluster.count("select count(*) from account where lower(email) = ?", Demo.OLIVIA_ADMIN)).isOne();
        assertThat(cluster.count("select count(*) from flyway_schema_history where not success")).isZero();
    }

    @Test
    @Order(2)
    void browsers_on_two_nodes_stay_in_step_and_a_stopped_nodes_people_sign_in_again_on_the_other() throws IOException {
        WebDriver admin = browserOn("a");
        WebDriver watcher = browserOn("b");
        signInToHarbour(admin, Demo.OLIVIA_ADMIN);
        signInToHarbour(watcher, Demo.GRACE_FRONT_DESK);
        assertThat(stickyNode(admin)).as(TwoNodesBehindHaproxyIT::balancerLog).isEqualTo("a");
        assertThat(stickyNode(watcher)).as(TwoNodesBehindHaproxyIT::balancerLog).isEqualTo("b");
        assertThat(cluster.holdsSignedInSession("a", sessionId(admin))).as("the admin's session is on node a").isTrue();
        assertThat(cluster.holdsSignedInSession("b", sessionId(admin))).as("and not on node b").isFalse();
        assertThat(cluster.holdsSignedInSession("b", sessionId(watcher))).as("the watcher's session is on node b").isTrue();

        WebElement watchedTab = tab(watcher, "Active");
        int active = count(watchedTab);
        String watchedUrl = watcher.getCurrentUrl();
        long teammates = cluster.count("select count(*) from teammate");
        deactivate(admin, Demo.JAMES_BILLING, "Left for another practice");

        Browsers.wait(watcher).until(ExpectedConditions.textToBePresentInElement(watchedTab, "Active (" + (active - 1) + ")"));
        assertThat(watcher.getCurrentUrl()).as("the watcher's page on node b was not reloaded").isEqualTo(watchedUrl);
        assertThat(teammateStatus(Demo.JAMES_BILLING)).isEqualTo("INACTIVE");
        assertThat(deactivations(Demo.JAMES_BILLING)).isOne();

        cluster.stopNode("a");

        // The browser finds out on its own: its push connection breaks, Vaadin retries a few times, the balancer
        // then sends it to node b, where its old session is unknown. That takes longer than a page load.
        new WebDriverWait(admin, CLUSTER_PATIENCE)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")));
        Browsers.screenshot(admin, "cluster-admin-after-node-a-stopped.png");
        assertThat(admin.getCurrentUrl()).as("the sign-in page, through the balancer").startsWith(cluster.balancer() + "/login");
        assertThat(stickyNode(admin)).as(() -> "HAProxy moved the admin's browser to node b; " + balancerLog()).isEqualTo("b");
        signInToHarbour(admin, Demo.OLIVIA_ADMIN);
        assertThat(cluster.holdsSignedInSession("b", sessionId(admin))).as("the admin's new session is on node b").isTrue();
        assertThat(count(tab(admin, "Active"))).as("node b shows the change made on node a").isEqualTo(active - 1);
        assertThat(cluster.holdsSignedInSession("b", sessionId(watcher))).as("the watcher stayed signed in on node b").isTrue();
        assertThat(cluster.count("select count(*) from teammate")).as("no teammate lost or added").isEqualTo(teammates);
        assertThat(teammateStatus(Demo.JAMES_BILLING)).isEqualTo("INACTIVE");
        assertThat(deactivations(Demo.JAMES_BILLING)).as("the change made on node a, recorded exactly once").isOne();

        cluster.startNode("a");
        await().atMost(CLUSTER_PATIENCE).until(() -> "a".equals(cluster.nodeServing("a")));
        WebDriver rejoined = browserOn("a");
        signInToHarbour(rejoined, Demo.GRACE_FRONT_DESK);
        assertThat(stickyNode(rejoined)).as(() -> "HAProxy kept the browser on the restarted node a; " + balancerLog()).isEqualTo("a");
        assertThat(cluster.holdsSignedInSession("a", sessionId(rejoined))).as("the restarted node a serves again").isTrue();
        WebElement rejoinedTab = tab(rejoined, "Active");
        assertThat(count(rejoinedTab)).isEqualTo(active - 1);

        deactivate(admin, Demo.HENRY_FRONT_DESK, "Moved abroad");

        Browsers.wait(rejoined).until(ExpectedConditions.textToBePresentInElement(rejoinedTab, "Active (" + (active - 2) + ")"));
        Browsers.wait(watcher).until(ExpectedConditions.textToBePresentInElement(watchedTab, "Active (" + (active - 2) + ")"));
        assertThat(deactivations(Demo.HENRY_FRONT_DESK)).isOne();
        Browsers.screenshot(rejoined, "cluster-rejoined-node-a.png");
    }

    @Test
    @Order(3)
    void readiness_is_down_on_both_nodes_while_postgresql_is_stopped_and_up_again_once_it_is_back() {
        cluster.stopDatabase();

        await().atMost(CLUSTER_PATIENCE).until(() -> cluster.readiness("a") == 503 && cluster.readiness("b") == 503);
        assertThat(cluster.liveness("a")).as("a node without its database is alive: nothing restarts it").isEqualTo(200);
        assertThat(cluster.liveness("b")).isEqualTo(200);
        await().atMost(CLUSTER_PATIENCE).until(() -> cluster.throughTheBalancer("/login") == 503);

        cluster.startDatabase();

        await().atMost(CLUSTER_PATIENCE).until(() -> cluster.readiness("a") == 200 && cluster.readiness("b") == 200);
        await().atMost(CLUSTER_PATIENCE).until(() -> cluster.throughTheBalancer("/login") == 200);
    }

    /** A browser that HAProxy keeps on {@code node}: its sticky cookie names the node before the first page. */
    private WebDriver browserOn(String node) {
        WebDriver browser = Browsers.open();
        browsers.add(browser);
        Browsers.keepOnNode(browser, cluster.balancer(), node);
        return browser;
    }

    private static void signInToHarbour(WebDriver browser, String email) {
        Browsers.signIn(browser, cluster.balancerPort(), email);
        By harbour = By.xpath("//vaadin-button[contains(@class, 'workspace-choice')][contains(., '" + Demo.HARBOUR + "')]");
        By activeTab = By.xpath("//vaadin-tab[starts-with(normalize-space(.), 'Active (')]");
        Browsers.wait(browser).until(ExpectedConditions.or(ExpectedConditions.presenceOfElementLocated(harbour),
                ExpectedConditions.presenceOfElementLocated(activeTab), ExpectedConditions.urlContains("/login?expired")));
        if (browser.getCurrentUrl().contains("/login?expired")) {
            // HAProxy put a node that had just started back in its place between the sign-in page and the sign-in:
            // the page says so and asks to sign in again, as a person then does.
            Browsers.signIn(browser, cluster.balancerPort(), email);
            Browsers.wait(browser).until(ExpectedConditions.or(
                    ExpectedConditions.presenceOfElementLocated(harbour), ExpectedConditions.presenceOfElementLocated(activeTab)));
        }
        if (!browser.findElements(harbour).isEmpty()) {
            browser.findElement(harbour).click();
        }
        Browsers.wait(browser).until(ExpectedConditions.presenceOfElementLocated(activeTab));
    }

    /** Deactivates the teammate of {@code email} from the Teammates screen, as LiveInTwoBrowsersTest does. */
    private static void deactivate(WebDriver browser, String email, String reason) {
        browser.get(cluster.balancer() + "/?q=" + email);
        Browsers.wait(browser).until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-grid-cell-content[contains(., '" + email + "')]"))).click();
        Browsers.wait(browser).until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-button[normalize-space(.)='Deactivate…']"))).click();
        Browsers.wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-text-area textarea")))
                .sendKeys(reason);
        Browsers.wait(browser).until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-dialog//vaadin-button[normalize-space(.)='Deactivate'] | "
                        + "//vaadin-button[normalize-space(.)='Deactivate' and @theme]"))).click();
        Browsers.wait(browser).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("vaadin-text-area textarea")));
    }

    private static WebElement tab(WebDriver browser, String label) {
        return Browsers.wait(browser).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-tab[starts-with(normalize-space(.), '" + label + " (')]")));
    }

    private static int count(WebElement tab) {
        Matcher number = COUNT.matcher(tab.getText());
        assertThat(number.find()).as("a count in the tab '%s'", tab.getText()).isTrue();
        return Integer.parseInt(number.group(1));
    }

    private static String balancerLog() {
        return "HAProxy's node states:\n" + cluster.balancerStateChanges() + "\nHAProxy's last requests:\n"
                + cluster.balancerRequests(40);
    }

    private static String stickyNode(WebDriver browser) {
        Cookie cookie = browser.manage().getCookieNamed("STAFFROOM_NODE");
        return cookie == null ? "" : cookie.getValue();
    }

    private static String sessionId(WebDriver browser) {
        Cookie cookie = browser.manage().getCookieNamed("JSESSIONID");
        assertThat(cookie).as("a session cookie").isNotNull();
        return cookie.getValue();
    }

    private static String teammateStatus(String email) {
        long inactive = cluster.count("""
                select count(*) from teammate t join account a on a.id = t.account_id join workspace w on w.id = t.workspace_id
                 where lower(a.email) = ? and w.slug = 'harbour-aesthetics' and t.status = 'INACTIVE'""", email);
        return inactive == 1 ? "INACTIVE" : "not inactive";
    }

    private static long deactivations(String email) {
        return cluster.count("""
                select count(*) from audit_event e join teammate t on t.id = e.target_id join account a on a.id = t.account_id
                 where e.action = 'TEAMMATE_DEACTIVATED' and lower(a.email) = ?""", email);
    }
}
