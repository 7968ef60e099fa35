package app.staffroom.history;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.security.Actor;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The audit trail's dates are the practice's days and its export's times carry the practice's offset,
 * whatever zone the server runs in: a practice in Sydney and one in Los Angeles cannot both match it.
 */
@SpringBootTest
class AuditDatesTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    @Autowired
    AuditSearch audit;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DatabaseClient db;

    @Test
    void a_day_filter_in_sydney_holds_the_23_hours_of_the_day_its_clocks_go_forward() {
        Actor admin = practiceIn("Australia/Sydney");
        event(admin, "2026-10-03T13:30:00Z", "Sat 23:30 AEST");
        event(admin, "2026-10-03T14:30:00Z", "Sun 00:30 AEST");
        event(admin, "2026-10-04T12:30:00Z", "Sun 23:30 AEDT");
        event(admin, "2026-10-04T13:30:00Z", "Mon 00:30 AEDT");

        assertThat(targetsOn(admin, "2026-10-04")).containsExactly("Sun 23:30 AEDT", "Sun 00:30 AEST");
        assertThat(targetsOn(admin, "2026-10-05")).containsExactly("Mon 00:30 AEDT");
    }

    @Test
    void a_day_filter_in_los_angeles_holds_the_25_hours_of_the_day_its_clocks_go_back() {
        Actor admin = practiceIn("America/Los_Angeles");
        event(admin, "2026-11-01T06:30:00Z", "Sat 23:30 PDT");
        event(admin, "2026-11-01T07:30:00Z", "Sun 00:30 PDT");
        event(admin, "2026-11-02T07:30:00Z", "Sun 23:30 PST");
        event(admin, "2026-11-02T08:30:00Z", "Mon 00:30 PST");

        assertThat(targetsOn(admin, "2026-11-01")).containsExactly("Sun 23:30 PST", "Sun 00:30 PDT");
        assertThat(filtered(admin, new AuditFilter("", "", null, LocalDate.parse("2026-10-31"), LocalDate.parse("2026-11-01"))))
                .as("from one day to the next, both included").containsExactly("Sun 23:30 PST", "Sun 00:30 PDT", "Sat 23:30 PDT");
    }

    @Test
    void the_export_writes_each_time_as_iso_8601_with_the_practices_offset_at_that_moment() throws IOException {
        Actor sydney = practiceIn("Australia/Sydney");
        event(sydney, "2026-12-02T22:15:00Z", "summer");
        event(sydney, "2026-07-02T22:15:00Z", "winter");
        Actor losAngeles = practiceIn("America/Los_Angeles");
        event(losAngeles, "2026-12-02T22:15:00Z", "winter");

        assertThat(times(sydney)).containsEntry("summer", "2026-12-03T09:15:00+11:00")
                .containsEntry("winter", "2026-07-03T08:15:00+10:00");
        assertThat(times(losAngeles)).containsEntry("winter", "2026-12-02T14:15:00-08:00");
    }

    private Actor practiceIn(String zone) {
        Clinic clinic = fixtures.newClinic();
        fixtures.timeZone(clinic, zone);
        return fixtures.actor(fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE));
    }

    /** An event of the practice at a chosen moment, named by its target. */
    private void event(Actor actor, String occurredAt, String target) {
        db.sql("""
                        insert into audit_event (workspace_id, occurred_at, actor_label, action, target_type, target_label)
                        values (:w, :at, 'Dates test', 'ROLE_CREATED', 'ROLE', :target)
                        """)
                .bind("w", actor.workspaceId()).bind("at", Instant.parse(occurredAt)).bind("target", target)
                .fetch().rowsUpdated().block(LIMIT);
    }

    private List<String> targetsOn(Actor actor, String day) {
        return filtered(actor, new AuditFilter("", "", null, LocalDate.parse(day), LocalDate.parse(day)));
    }

    private List<String> filtered(Actor actor, AuditFilter filter) {
        return audit.search(actor, new AuditFilter("Dates test", "", null, filter.from(), filter.to()), java.util.Locale.ENGLISH)
                .map(AuditRecord::target).collectList().block(LIMIT);
    }

    private java.util.Map<String, String> times(Actor actor) throws IOException {
        byte[] file = audit.exportCsv(actor, new AuditFilter("Dates test", "", null, null, null), java.util.Locale.ENGLISH).block(LIMIT);
        String text = new String(file, StandardCharsets.UTF_8).substring(1);
        try (CSVParser parser = CSVParser.parse(new StringReader(text),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            java.util.Map<String, String> times = new java.util.HashMap<>();
            for (CSVRecord row : parser.getRecords()) {
                times.put(row.get("target"), row.get("time"));
            }
            return times;
        }
    }
}
