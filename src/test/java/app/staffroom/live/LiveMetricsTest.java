package app.staffroom.live;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.team.TeammateService;
import app.staffroom.team.TeammateStatus;
import app.staffroom.team.ui.TeammatesView;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.KaribuTest;
import app.staffroom.testing.TabLabels;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.publisher.Mono;

/** The live-update metrics follow what happens: a change heard, and the time until an open screen took it. */
class LiveMetricsTest extends KaribuTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    @Autowired
    Fixtures fixtures;

    @Autowired
    MeterRegistry registry;

    @Autowired
    TeammateService teammates;

    @Autowired
    SharedReads shared;

    @Test
    void an_open_screen_counts_and_a_change_it_shows_is_counted_and_timed() {
        Clinic clinic = fixtures.newClinic();
        UUID watcher = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        UUID otherAdmin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        UUID leaving = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        double screensBefore = registry.get("staffroom.screens.open").gauge().value();
        signIn(fixtures.email(watcher));
        UI.getCurrent().navigate(TeammatesView.class);
        awaitUi(() -> TabLabels.first().equals("Active (3)"));
        assertThat(registry.get("staffroom.screens.open").gauge().value()).isGreaterThanOrEqualTo(Math.max(1, screensBefore));

        double heard = registry.get("staffroom.live.events.received").tag("kind", "TEAMMATE").counter().count();
        Timer delay = registry.get("staffroom.live.delay").timer();
        long shown = delay.count();

        teammates.deactivate(fixtures.actor(otherAdmin), leaving, 0, "Left").block(LIMIT);
        awaitUi(() -> TabLabels.first().equals("Active (2)"));

        assertThat(registry.get("staffroom.live.events.received").tag("kind", "TEAMMATE").counter().count())
                .isGreaterThanOrEqualTo(heard + 1);
        awaitUi(() -> delay.count() > shown);
        MockVaadin.clientRoundtrip(false);
        assertThat(delay.count()).as("one screen, one change: timed once, however many of its parts follow it")
                .isEqualTo(shown + 1);
        assertThat(delay.max(TimeUnit.MILLISECONDS)).isPositive().isLessThan(LIMIT.toMillis());
    }

    @Test
    void a_closed_screen_no_longer_counts() {
        Clinic clinic = fixtures.newClinic();
        UUID watcher = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        signIn(fixtures.email(watcher));
        UI.getCurrent().navigate(TeammatesView.class);
        awaitUi(() -> TabLabels.first().equals("Active (1)"));
        double open = registry.get("staffroom.screens.open").gauge().value();

        UI.getCurrent().getInternals().getSession().access(() -> { }).cancel(false);
        UI.getCurrent().close();
        UI.getCurrent().getSession().removeUI(UI.getCurrent());

        assertThat(registry.get("staffroom.screens.open").gauge().value()).isEqualTo(open - 1);
    }

    @Test
    void identical_reads_are_counted_as_one_miss_and_then_hits() {
        UUID workspace = UUID.randomUUID();
        record Question(String what) {
        }
        double hits = registry.get("staffroom.shared.reads").tag("result", "hit").functionCounter().count();
        double misses = registry.get("staffroom.shared.reads").tag("result", "miss").functionCounter().count();

        for (int read = 0; read < 3; read++) {
            shared.read(workspace, new Question("how many"), () -> Mono.just(42)).block(LIMIT);
        }

        assertThat(registry.get("staffroom.shared.reads").tag("result", "miss").functionCounter().count()).isEqualTo(misses + 1);
        assertThat(registry.get("staffroom.shared.reads").tag("result", "hit").functionCounter().count()).isEqualTo(hits + 2);
    }
}
