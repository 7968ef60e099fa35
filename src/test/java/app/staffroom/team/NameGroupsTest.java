package app.staffroom.team;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.live.SharedReads;
import app.staffroom.security.Actor;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;

/** Far jumps in name order start at the name group that holds the row, and land on exactly that row. */
@SpringBootTest
class NameGroupsTest {

    private static final Duration TIME_LIMIT = Duration.ofSeconds(30);
    private static final int PEOPLE = 12_000;

    @Autowired
    TeammateService teammates;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DatabaseClient db;

    @Autowired
    TransactionalOperator transaction;

    @Autowired
    SharedReads shared;

    Clinic clinic;
    Actor admin;

    @BeforeEach
    void clinicWithManyPeople() {
        clinic = fixtures.newClinic();
        admin = fixtures.actor(fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE));
        String w = clinic.workspaceId().toString();
        // Short names, accents, shared first letters and equal names: every edge of a three-letter group.
        Flux.just("""
                        create temporary table people on commit drop as
                        select g, gen_random_uuid() as account_id, gen_random_uuid() as teammate_id,
                               (array['Al','Alma','Almond','Bo','Émile','Zoë','zoe','Mat','Mateo','Matthew','Ma'])[1 + g %% 11] as first_name,
                               (array['Lee','Li','Ng','Åberg','Smith','Smithson'])[1 + (g * 7) %% 6] as last_name
                          from generate_series(1, %d) g""".formatted(PEOPLE),
                        "insert into account (id, email, first_name, last_name) select account_id,"
                                + " 'p' || g || '-" + w + "@groups.example', first_name, last_name from people",
                        "insert into teammate (id, workspace_id, account_id, role_id, status, activated_at, default_location_id)"
                                + " select teammate_id, '" + w + "', account_id, '" + clinic.frontDeskRole() + "', 'ACTIVE', now(), '"
                                + clinic.mainLocation() + "' from people",
                        "insert into teammate_location (workspace_id, teammate_id, location_id) select '" + w + "', teammate_id, '"
                                + clinic.mainLocation() + "' from people")
                .concatMap(sql -> db.sql(sql).fetch().rowsUpdated())
                .then().as(transaction::transactional).block(TIME_LIMIT);
        shared.forgetAll();
    }

    @Test
    void a_jump_far_into_the_list_lands_on_the_same_rows_as_counting_from_the_first() {
        long total = PEOPLE + 1;
        for (int offset : new int[] {5_500, 6_000, 8_123, 11_950, 11_990}) {
            for (boolean descending : new boolean[] {false, true}) {
                TeammateFilter filter = TeammateFilter.of(TeammateStatus.ACTIVE).sortedBy(TeammateSort.NAME, descending);

                assertThat(jump(filter, offset, total)).as("rows from %d, descending %s", offset, descending)
                        .isEqualTo(counted(offset, descending));
            }
        }
    }

    @Test
    void the_groups_follow_new_names_status_changes_and_new_people() {
        UUID someone = db.sql("select id from teammate where workspace_id = :w order by sort_name limit 1")
                .bind("w", clinic.workspaceId()).map(row -> row.get(0, UUID.class)).one().block(TIME_LIMIT);
        fixtures.rename(someone, "Zara", "Young", "zara-" + someone + "@groups.example");
        teammates.deactivate(admin, fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE), 0, "Left")
                .block(TIME_LIMIT);
        db.sql("update teammate set status = 'INACTIVE', deactivated_at = now() where workspace_id = :w and sort_name like 'bo %'")
                .bind("w", clinic.workspaceId()).fetch().rowsUpdated().block(TIME_LIMIT);
        shared.forgetAll();

        assertThat(groups()).isEqualTo(db.sql("""
                        select status || ' ' || left(sort_name, 3) || ' ' || count(*) from teammate
                         where workspace_id = :w group by status, left(sort_name, 3) order by 1""")
                .bind("w", clinic.workspaceId()).map(row -> row.get(0, String.class)).all().collectList().block(TIME_LIMIT));
        long active = teammates.tabCounts(admin).block(TIME_LIMIT).get(TeammateStatus.ACTIVE);
        TeammateFilter filter = TeammateFilter.of(TeammateStatus.ACTIVE);
        assertThat(jump(filter, 7_000, active)).isEqualTo(counted(7_000, false));
    }

    private List<UUID> jump(TeammateFilter filter, int offset, long total) {
        return teammates.page(admin, filter, offset, 50, null, 0, total).map(TeammateSummary::id)
                .collectList().block(TIME_LIMIT);
    }

    private List<UUID> counted(int offset, boolean descending) {
        String direction = descending ? " desc" : "";
        return db.sql("select id from teammate where workspace_id = :w and status = 'ACTIVE' order by sort_name"
                        + direction + ", id" + direction + " offset :o limit 50")
                .bind("w", clinic.workspaceId()).bind("o", offset)
                .map(row -> row.get(0, UUID.class)).all().collectList().block(TIME_LIMIT);
    }

    private List<String> groups() {
        return db.sql("""
                        select status || ' ' || name_start || ' ' || teammates from teammate_name_group
                         where workspace_id = :w and teammates > 0 order by 1""")
                .bind("w", clinic.workspaceId()).map(row -> row.get(0, String.class)).all().collectList().block(TIME_LIMIT);
    }
}
