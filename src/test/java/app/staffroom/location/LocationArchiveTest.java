package app.staffroom.location;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.base.ChangeRefusedException;
import app.staffroom.booking.BookingPageService;
import app.staffroom.booking.PublicTeam;
import app.staffroom.security.Actor;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import reactor.test.StepVerifier;

@SpringBootTest
class LocationArchiveTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    @Autowired
    LocationService locations;

    @Autowired
    LocationArchive archive;

    @Autowired
    BookingPageService booking;

    @Autowired
    Fixtures fixtures;

    @Test
    void archiving_is_refused_while_it_would_leave_someone_with_no_location() {
        Clinic clinic = fixtures.newClinic();
        Actor admin = fixtures.actor(fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE));
        UUID onlyThere = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.PENDING, clinic.secondLocation());
        fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.INACTIVE, clinic.secondLocation());

        String name = fixtures.name(onlyThere);

        ArchiveImpact impact = archive.impact(admin, clinic.secondLocation()).block(LIMIT);
        assertThat(impact.peopleWithAccess()).isEqualTo(2);
        assertThat(impact.leftWithout()).containsExactly(name);
        StepVerifier.create(archive.archive(admin, clinic.secondLocation(), Map.of()))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(ChangeRefusedException.class)
                        .hasMessageContaining(name).hasMessageContaining("no location"))
                .verify();
        assertThat(locations.listLocations(admin).map(LocationSummary::name).collectList().block(LIMIT))
                .contains("Harbour Road");
        assertThat(fixtures.locationsOf(onlyThere)).containsExactly("Harbour Road");
    }

    @Test
    void archiving_asks_a_new_default_ends_access_drops_the_public_page_and_restoring_gives_it_back() {
        Clinic clinic = fixtures.newClinic();
        Actor admin = fixtures.actor(fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE));
        UUID provider = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE, clinic.secondLocation());
        fixtures.giveLocation(clinic, provider, clinic.mainLocation());
        fixtures.makeProvider(provider, "Dr Harbour", "#336699", true);
        assertThat(publicLocations(clinic)).contains("Harbour Road");

        ArchiveImpact impact = archive.impact(admin, clinic.secondLocation()).block(LIMIT);
        assertThat(impact.needNewDefault()).singleElement().satisfies(person -> {
            assertThat(person.teammateId()).isEqualTo(provider);
            assertThat(person.choices()).extracting(LocationSummary::name).containsExactly("Main Street");
        });
        StepVerifier.create(archive.archive(admin, clinic.secondLocation(), Map.of()))
                .expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("new default location for"))
                .verify();

        archive.archive(admin, clinic.secondLocation(), Map.of(provider, clinic.mainLocation())).block(LIMIT);

        assertThat(fixtures.teammateColumn(provider, "default_location_id")).isEqualTo(clinic.mainLocation().toString());
        assertThat(fixtures.locationsOf(provider)).containsExactly("Main Street");
        assertThat(publicLocations(clinic)).doesNotContain("Harbour Road");
        assertThat(archive.archived(admin).collectList().block(LIMIT)).singleElement().satisfies(archived -> {
            assertThat(archived.name()).isEqualTo("Harbour Road");
            assertThat(archived.peopleWithAccess()).isEqualTo(1);
        });
        StepVerifier.create(locations.add(admin, "harbour road"))
                .expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("is archived")
                        .hasMessageContaining("Restore it"))
                .verify();

        archive.restore(admin, clinic.secondLocation()).block(LIMIT);

        assertThat(fixtures.locationsOf(provider)).containsExactly("Harbour Road", "Main Street");
        assertThat(publicLocations(clinic)).contains("Harbour Road");
        assertThat(archive.archived(admin).collectList().block(LIMIT)).isEmpty();
    }

    @Test
    void a_location_is_not_restored_over_an_open_one_with_the_same_name() {
        Clinic clinic = fixtures.newClinic();
        Actor admin = fixtures.actor(fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE));
        archive.archive(admin, clinic.secondLocation(), Map.of()).block(LIMIT);
        locations.rename(admin, clinic.mainLocation(), "Harbour Road").block(LIMIT);

        StepVerifier.create(archive.restore(admin, clinic.secondLocation()))
                .expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("already a location called Harbour Road"))
                .verify();
    }

    private java.util.List<String> publicLocations(Clinic clinic) {
        return booking.team(clinic.slug()).block(LIMIT).locations().stream().map(PublicTeam.LocationTeam::location).toList();
    }
}
