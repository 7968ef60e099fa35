package app.staffroom.team;

import static org.assertj.core.api.Assertions.assertThat;

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

/** The teammates search, through the service and the database as the list uses them. */
@SpringBootTest
class TeammateSearchTest {

    private static final Duration TIME_LIMIT = Duration.ofSeconds(10);

    @Autowired
    TeammateService teammates;

    @Autowired
    Fixtures fixtures;

    Clinic clinic;
    Actor admin;
    UUID siobhan;
    UUID philippa;
    UUID underscore;

    @BeforeEach
    void clinicWithNamedPeople() {
        clinic = fixtures.newClinic();
        UUID adminId = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        admin = fixtures.actor(adminId);
        String tag = clinic.workspaceId().toString().substring(0, 8);
        fixtures.rename(adminId, "Ada", "Admin", "ada." + tag + "@clinic.example");
        siobhan = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        fixtures.rename(siobhan, "Siobhan", "O'Connor", "siobhan." + tag + "@example.org");
        philippa = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        fixtures.rename(philippa, "Philippa", "Grant", "pg." + tag + "@clinic.example");
        underscore = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        fixtures.rename(underscore, "Tom", "Ward", "tom_ward." + tag + "@clinic.example");
    }

    @Test
    void a_fragment_of_a_last_name_finds_the_person_whatever_comes_before_it() {
        assertThat(found("connor")).containsExactly(siobhan);
        assertThat(found("CONNOR")).as("any case").containsExactly(siobhan);
        assertThat(found("o'connor")).containsExactly(siobhan);
    }

    @Test
    void an_email_domain_finds_everyone_at_it() {
        assertThat(found("example.org")).containsExactly(siobhan);
        assertThat(found("@example.org")).containsExactly(siobhan);
    }

    @Test
    void a_fragment_from_the_middle_of_a_first_name_or_across_the_full_name_finds_the_person() {
        assertThat(found("ilipp")).containsExactly(philippa);
        assertThat(found("pa gra")).as("the end of the first name and the start of the last").containsExactly(philippa);
        assertThat(found("ward")).containsExactly(underscore);
    }

    @Test
    void like_wildcards_are_plain_characters() {
        assertThat(found("%")).as("nobody has a percent sign in their name or email").isEmpty();
        assertThat(found("_")).as("only the one email with an underscore").containsExactly(underscore);
        assertThat(found("t_m")).as("an underscore stands for itself, not for any character").isEmpty();
        assertThat(found("tom_w")).containsExactly(underscore);
        assertThat(found("\\")).isEmpty();
    }

    @Test
    void the_count_agrees_with_the_rows_found() {
        TeammateFilter domain = TeammateFilter.of(TeammateStatus.ACTIVE).withSearch("clinic.example");

        assertThat(teammates.count(admin, domain).block(TIME_LIMIT)).isEqualTo(new TeammateCount(3, true));
    }

    private List<UUID> found(String search) {
        return teammates.page(admin, TeammateFilter.of(TeammateStatus.ACTIVE).withSearch(search), 0, 50, null, 0, -1)
                .map(TeammateSummary::id).collectList().block(TIME_LIMIT);
    }
}
