package app.staffroom.bench;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

import app.staffroom.Application;
import app.staffroom.team.TeammateService;
import app.staffroom.team.TeammateStatus;
import app.staffroom.team.ui.TeammatesView;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.KaribuTest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.data.provider.DataCommunicator;
import com.vaadin.flow.internal.StateNode;
import com.vaadin.flow.internal.nodefeature.ElementData;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.PushConnection;
import com.vaadin.flow.server.communication.UidlWriter;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Field;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import javax.management.JMException;
import javax.management.ObjectName;
import org.awaitility.Awaitility;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Commit-to-screen latency and heap per open teammates screen, with many screens open on one node.
 *
 * <p>Every screen is a real Vaadin UI (session, router, {@link TeammatesView} with its grid showing its
 * first 50 rows) signed in as one of the clinic's admins, following the live feed through the
 * application's own code. Its push connection is replaced by one that does what the WebSocket push does
 * up to the network: it encodes the UI's changes as the JSON message for the browser, fetching the rows
 * the grid shows. A screen has received a change when the message it pushed shows the new count.
 *
 * <p>Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=app.staffroom.bench.LiveBenchmark -Dexec.args="1000 10 1"} (screens, changes, practices:
 * the screens are spread over the practices, and the changes are made in the first).
 */
public final class LiveBenchmark {

    private static final int ADMINS = 100;
    private static final int TEAM_SIZE = 60;
    /** Changes made before measuring, so that the figures are those of a node whose code has been compiled. */
    private static final int WARM_UP = Integer.getInteger("bench.warmup", 10);
    private static final boolean HISTOGRAM = Boolean.getBoolean("bench.histogram");

    private LiveBenchmark() {
    }

    public static void main(String[] args) {
        int screens = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int practices = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        ConfigurableApplicationContext node = new SpringApplicationBuilder(Application.class)
                .properties("server.port=0", "spring.main.banner-mode=off", "logging.level.root=warn",
                        "logging.level.app.staffroom=warn")
                .run();
        try {
            run(node, screens, rounds, practices);
        } finally {
            node.close();
        }
        System.exit(0);
    }

    private static void run(ConfigurableApplicationContext node, int screens, int rounds, int practices) {
        Fixtures fixtures = node.getBean(Fixtures.class);
        List<Clinic> clinics = new ArrayList<>();
        for (int p = 0; p < practices; p++) {
            Clinic clinic = fixtures.newClinic();
            clinics.add(clinic);
            for (int i = 0; i < TEAM_SIZE; i++) {
                fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
            }
        }
        List<String> admins = new ArrayList<>();
        for (int i = 0; i < ADMINS; i++) {
            Clinic clinic = clinics.get(i % practices);
            admins.add(fixtures.email(fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE)));
        }
        Clinic changed = clinics.getFirst();
        UUID changer = fixtures.addTeammate(changed, changed.adminRole(), TeammateStatus.ACTIVE);
        List<UUID> leaving = new ArrayList<>();
        for (int i = 0; i < WARM_UP + rounds; i++) {
            leaving.add(fixtures.addTeammate(changed, changed.frontDeskRole(), TeammateStatus.ACTIVE));
        }

        MockSpringServlet servlet = new MockSpringServlet(KaribuTest.ROUTES, node, UI::new);
        List<Screen> open = new ArrayList<>();
        List<Screen> affected = new ArrayList<>();
        long started = System.nanoTime();
        long baseline = 0;
        Map<String, long[]> histogram = Map.of();
        for (int i = 0; i < screens; i++) {
            int practice = (i % ADMINS) % practices;
            Screen screen = Screen.open(node, servlet, admins.get(i % ADMINS), "Active (" + active(practice, practices, rounds) + ")");
            open.add(screen);
            if (practice == 0) {
                affected.add(screen);
            }
            if (i == 0) {
                if (Boolean.getBoolean("bench.verbose")) {
                    System.out.println("elements per screen: " + elementsByTag(screen.ui));
                }
                baseline = heapAfterGc();
                histogram = HISTOGRAM ? classHistogram() : Map.of();
            }
        }
        long withAll = heapAfterGc();
        System.out.printf(Locale.ROOT, "%d screens in %d practices open in %.1f s; heap per open screen: %.1f KB%n", screens,
                practices, (System.nanoTime() - started) / 1e9, (withAll - baseline) / 1024.0 / (screens - 1));

        if (HISTOGRAM) {
            printHeapByClass(histogram, classHistogram(), screens - 1);
        }
        TeammateService teammates = node.getBean(TeammateService.class);
        int watching = affected.size();
        long[] latencies = new long[watching * rounds];
        long[] changeCalls = new long[rounds];
        for (int change = 0; change < WARM_UP + rounds; change++) {
            int round = change - WARM_UP;
            // Longer than the per-screen burst window, so every round measures a first change.
            LockSupport.parkNanos(Duration.ofMillis(1500).toNanos());
            String awaited = "Active (" + (active(0, practices, rounds) - change - 1) + ")";
            affected.forEach(screen -> screen.await(awaited));
            long cpuBefore = processCpu();
            long changeStarted = System.nanoTime();
            teammates.deactivate(fixtures.actor(changer), leaving.get(change), 0, "Benchmark").block(Duration.ofSeconds(30));
            long callTook = System.nanoTime() - changeStarted;
            Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(5))
                    .until(() -> affected.stream().allMatch(Screen::received));
            long cpuUsed = processCpu() - cpuBefore;
            if (round < 0) {
                continue;
            }
            changeCalls[round] = callTook;
            for (int i = 0; i < watching; i++) {
                latencies[round * watching + i] = affected.get(i).receivedAt - changeStarted;
            }
            if (Boolean.getBoolean("bench.verbose")) {
                long[] thisRound = Arrays.copyOfRange(latencies, round * watching, (round + 1) * watching);
                Arrays.sort(thisRound);
                System.out.printf(Locale.ROOT, "change %d: call %.1f ms, screens first %.1f, median %.1f, last %.1f ms; CPU %.0f ms%n",
                        round, changeCalls[round] / 1e6, thisRound[0] / 1e6, thisRound[watching / 2] / 1e6,
                        thisRound[watching - 1] / 1e6, cpuUsed / 1e6);
            }
        }
        Arrays.sort(latencies);
        Arrays.sort(changeCalls);
        System.out.printf(Locale.ROOT, "commit-to-screen over the %d screens of the changed practice x %d changes: p50 %.1f ms,"
                        + " p99 %.1f ms, max %.1f ms (from the start of the change's service call, which took %.1f ms at the median)%n",
                watching, rounds, percentile(latencies, 50), percentile(latencies, 99), latencies[latencies.length - 1] / 1e6,
                changeCalls[rounds / 2] / 1e6);
    }

    /** Active teammates of a practice before the first change: its front desk, its admins and, in the first, the changer and those leaving. */
    private static int active(int practice, int practices, int rounds) {
        int admins = ADMINS / practices + (practice < ADMINS % practices ? 1 : 0);
        return TEAM_SIZE + admins + (practice == 0 ? 1 + WARM_UP + rounds : 0);
    }

    /** How many elements of each tag one screen holds on the server (text nodes counted by their parent's tag). */
    private static Map<String, Integer> elementsByTag(UI ui) {
        Map<String, Integer> tags = new TreeMap<>();
        ArrayDeque<StateNode> todo = new ArrayDeque<>();
        todo.add(ui.getInternals().getStateTree().getRootNode());
        while (!todo.isEmpty()) {
            StateNode node = todo.pop();
            String tag = node.hasFeature(ElementData.class) ? tagOf(node)
                    : "(in " + (node.getParent() == null ? "?" : tagOf(node.getParent())) + ")";
            tags.merge(tag, 1, Integer::sum);
            node.forEachChild(todo::add);
        }
        tags.put("ALL", tags.values().stream().mapToInt(Integer::intValue).sum());
        return tags;
    }

    private static String tagOf(StateNode node) {
        return node.hasFeature(ElementData.class) ? String.valueOf(node.getFeature(ElementData.class).getTag()) : "?";
    }

    /** The classes that grew most between two histograms, per screen opened in between. */
    private static void printHeapByClass(Map<String, long[]> before, Map<String, long[]> after, int screens) {
        long[] none = new long[2];
        after.forEach((type, counts) -> {
            long[] earlier = before.getOrDefault(type, none);
            counts[0] -= earlier[0];
            counts[1] -= earlier[1];
        });
        after.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(60)
                .forEach(type -> System.out.printf(Locale.ROOT, "%8.1f objects %8.0f bytes per screen  %s%n",
                        type.getValue()[0] / (double) screens, type.getValue()[1] / (double) screens, type.getKey()));
    }

    /** Instances and bytes of each class on the heap, after a full collection. */
    private static Map<String, long[]> classHistogram() {
        try {
            String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            Map<String, long[]> classes = new HashMap<>();
            for (String line : text.split("\n")) {
                String[] parts = line.trim().split("\\s+");
                if (parts.length >= 4 && parts[0].endsWith(":")) {
                    classes.put(parts[3], new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2])});
                }
            }
            return classes;
        } catch (JMException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double percentile(long[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** One open teammates screen; its push connection notes when the awaited count reaches the browser. */
    private static final class Screen implements PushConnection {

        private final UI ui;
        private final Tab activeTab;
        private final DataCommunicator<?> rows;
        private volatile String awaited = "";
        private volatile long receivedAt;

        private Screen(UI ui, Tab activeTab, DataCommunicator<?> rows) {
            this.ui = ui;
            this.activeTab = activeTab;
            this.rows = rows;
        }

        static Screen open(ConfigurableApplicationContext node, MockSpringServlet servlet, String email, String loaded) {
            MockVaadin.setup(UI::new, servlet);
            KaribuTest.signIn(node, email);
            UI ui = UI.getCurrent();
            ui.navigate(TeammatesView.class);
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInSameThread().pollInterval(Duration.ofMillis(2))
                    .until(() -> {
                        MockVaadin.clientRoundtrip(false);
                        List<Tab> tabs = _find(Tab.class);
                        return !tabs.isEmpty() && tabs.getFirst().getLabel().equals(loaded);
                    });
            DataCommunicator<?> rows = _find(Grid.class).getFirst().getDataCommunicator();
            rows.setViewportRange(0, 50);
            Screen screen = new Screen(ui, _find(Tab.class).getFirst(), rows);
            ui.getInternals().setPushConnection(screen);
            // From here on the screen is served like a browser's: by whichever thread calls ui.access.
            VaadinSession.getCurrent().unlock();
            return screen;
        }

        void await(String label) {
            receivedAt = 0;
            awaited = label;
        }

        boolean received() {
            return receivedAt != 0;
        }

        @Override
        @SuppressWarnings("unchecked")
        public void push() {
            String message = new UidlWriter().createUidl(ui, false).toString();
            if (receivedAt == 0 && !message.isEmpty() && activeTab.getLabel().equals(awaited)) {
                receivedAt = System.nanoTime();
            }
            confirmRowUpdates();
        }

        /** What the browser's grid does once it has applied an update: the server then forgets the rows it replaced. */
        private void confirmRowUpdates() {
            try {
                Field pending = DataCommunicator.class.getDeclaredField("passivatedByUpdate");
                pending.setAccessible(true);
                List<Integer> updates = new ArrayList<>(((Map<Integer, ?>) pending.get(rows)).keySet());
                updates.forEach(rows::confirmUpdate);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void disconnect() {
        }

        @Override
        public boolean isConnected() {
            return true;
        }
    }
}
