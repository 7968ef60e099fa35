package app.staffroom.location;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.base.ChangeRefusedException;
import app.staffroom.security.Actor;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import reactor.test.StepVerifier;

@SpringBootTest
class LocationServiceTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    @Autowired
    LocationService locations;

    @Autowired
    LocationArchive archive;

    @Autowired
    Fixtures fixtures;

    @Test
    void locations_are_added_renamed_and_archived_by_holders_of_settings_manage() {
        Clinic clinic = fixtures.newClinic();
        Actor admin = fixtures.actor(fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE));

        LocationSummary added = locations.add(admin, "  Bay View  ").block(LIMIT);
        assertThat(added.name()).isEqualTo("Bay View");
        StepVerifier.create(locations.add(admin, "bay view"))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(ChangeRefusedException.class)
                        .hasMessageContaining("already a location")).verify();
        StepVerifier.create(locations.add(admin, " ")).expectError(ChangeRefusedException.class).verify();

        locations.rename(admin, added.id(), "Bay View Clinic").block(LIMIT);
        archive.archive(admin, added.id(), Map.of()).block(LIMIT);

        assertThat(locations.listLocations(admin).map(LocationSummary::name).collectList().block(LIMIT))
                .containsExactly("Harbour Road", "Main Street");
    }

    @Test
    void the_last_location_stays_and_others_may_not_change_locations() {
        Clinic clinic = fixtures.newClinic();
        Actor admin = fixtures.actor(fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE));
        Actor frontDesk = fixtures.actor(fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE));
        archive.archive(admin, clinic.secondLocation(), Map.of()).block(LIMIT);

        StepVerifier.create(archive.archive(admin, clinic.mainLocation(), Map.of()))
                .expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("at least one location")).verify();
        StepVerifier.create(locations.add(frontDesk, "Somewhere")).expectError(AccessDeniedException.class).verify();
    }
}
