package app.staffroom.role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.staffroom.history.AuditFilter;
import app.staffroom.history.AuditRecord;
import app.staffroom.history.AuditSearch;
import app.staffroom.invite.InvitationService;
import app.staffroom.invite.NewTeammate;
import app.staffroom.invite.PendingInvite;
import app.staffroom.location.LocationService;
import app.staffroom.location.LocationSummary;
import app.staffroom.presence.OnlineTeammate;
import app.staffroom.presence.Presence;
import app.staffroom.security.Actor;
import app.staffroom.team.TeammateFilter;
import app.staffroom.team.TeammateOption;
import app.staffroom.team.TeammateService;
import app.staffroom.team.TeammateStatus;
import app.staffroom.team.TeammateSummary;
import app.staffroom.testing.Demo;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/**
 * Every service that returns people narrows them the same way: without Team "see all locations" a
 * person sees only the teammates who share one of their locations; with it, everyone. The viewer works
 * at the main location; "near" works there too, "far" only at the second location.
 */
@SpringBootTest
class VisibilityTableTest {

    private static final Duration LIMIT = Duration.ofSeconds(30);

    @Autowired
    Fixtures fixtures;

    @Autowired
    TeammateService teammates;

    @Autowired
    InvitationService invitations;

    @Autowired
    RoleService roles;

    @Autowired
    Presence presence;

    @Autowired
    AuditSearch audit;

    @Autowired
    LocationService locations;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # service                       | without "see all locations" | with it
            team list                       | near                        | near, far
            teammate details                | near                        | near, far
            pending invites                 | near                        | near, far
            a role's holders                | near                        | near, far
            a role's holder count           | near                        | near, far
            medical directors to supervise  | near                        | near, far
            online now                      | near                        | near, far
            activity and audit trail        | near                        | near, far
            the wizard's email check        | near                        | near, far
            locations offered in the wizard | near                        | near, far
            """)
    void people_are_narrowed_to_shared_locations_everywhere(String service, String narrowed, String everyone) {
        assertThat(seen(service, false)).as("%s without see all locations", service).isEqualTo(narrowed);
        assertThat(seen(service, true)).as("%s with see all locations", service).isEqualTo(everyone);
    }

    private String seen(String service, boolean allLocations) {
        Clinic clinic = fixtures.newClinic();
        UUID lead = fixtures.customRole(clinic, "Local Lead", Permission.TEAM_VIEW, Permission.AUDIT_VIEW,
                Permission.TEAM_MANAGE_USERS);
        if (allLocations) {
            fixtures.grant(clinic, lead, Permission.TEAM_ALL_LOCATIONS);
        }
        Actor viewer = fixtures.actor(fixtures.addTeammate(clinic, lead, TeammateStatus.ACTIVE, clinic.mainLocation()));
        Actor admin = fixtures.actor(fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE,
                clinic.secondLocation()));
        UUID role = fixtures.customRole(clinic, "Watched");
        Function<UUID, UUID> add = location -> fixtures.addTeammate(clinic, role, TeammateStatus.ACTIVE, location);
        People people = switch (service) {
            case "pending invites" -> new People(pending(clinic, admin, clinic.mainLocation()),
                    pending(clinic, admin, clinic.secondLocation()));
            case "medical directors to supervise" -> new People(
                    fixtures.addTeammate(clinic, clinic.rolesByName().get("Medical Director"), TeammateStatus.ACTIVE,
                            clinic.mainLocation()),
                    fixtures.addTeammate(clinic, clinic.rolesByName().get("Medical Director"), TeammateStatus.ACTIVE,
                            clinic.secondLocation()));
            default -> new People(add.apply(clinic.mainLocation()), add.apply(clinic.secondLocation()));
        };
        String near = fixtures.name(people.near());
        String far = fixtures.name(people.far());
        List<String> names = switch (service) {
            case "team list" -> teammates.page(viewer, TeammateFilter.of(TeammateStatus.ACTIVE), 0, 100, null, 0, -1)
                    .map(TeammateSummary::fullName).collectList().block(LIMIT);
            case "teammate details" -> List.of(people.near(), people.far()).stream()
                    .map(id -> teammates.details(viewer, id).map(details -> details.fullName())
                            .onErrorResume(AccessDeniedException.class, denied -> Mono.empty()).block(LIMIT))
                    .filter(name -> name != null).toList();
            case "pending invites" -> invitations.pending(viewer).map(PendingInvite::name).collectList().block(LIMIT);
            case "a role's holders" -> roles.holders(viewer, role).collectList().block(LIMIT);
            case "a role's holder count" -> {
                long count = roles.matrix(viewer).filter(column -> column.id().equals(role)).single()
                        .map(RoleColumn::holders).block(LIMIT);
                yield count == 2 ? List.of(near, far) : count == 1 ? List.of(near) : List.of();
            }
            case "medical directors to supervise" -> teammates.medicalDirectors(viewer).map(TeammateOption::name)
                    .collectList().block(LIMIT);
            case "online now" -> online(viewer, admin, people);
            case "activity and audit trail" -> {
                teammates.deactivate(admin, people.near(), 0, "Moved away").block(LIMIT);
                teammates.deactivate(admin, people.far(), 0, "Moved away").block(LIMIT);
                yield audit.search(viewer, AuditFilter.everything(), java.util.Locale.ENGLISH).map(AuditRecord::target).collectList().block(LIMIT);
            }
            case "locations offered in the wizard" -> {
                List<String> offered = locations.grantableLocations(viewer).map(LocationSummary::name).collectList()
                        .block(LIMIT);
                yield List.of(people.near(), people.far()).stream().filter(id -> offered.contains(
                        id.equals(people.near()) ? "Main Street" : "Harbour Road")).map(fixtures::name).toList();
            }
            case "the wizard's email check" -> List.of(people.near(), people.far()).stream()
                    .filter(id -> invitations.checkEmail(viewer, fixtures.email(id)).block(LIMIT).status() != null)
                    .map(fixtures::name).toList();
            default -> throw new IllegalArgumentException(service);
        };
        return String.join(", ", names.stream().filter(name -> name.equals(near) || name.equals(far))
                .map(name -> name.equals(near) ? "near" : "far").distinct().sorted(
                        (a, b) -> a.equals(b) ? 0 : a.equals("near") ? -1 : 1).toList());
    }

    private record People(UUID near, UUID far) {
    }

    /** Someone invited by the practice's Admin to one location. */
    private UUID pending(Clinic clinic, Actor admin, UUID location) {
        return invitations.invite(admin, new NewTeammate(clinic.frontDeskRole(), Set.of(location), location, "Nina",
                "Novak " + UUID.randomUUID().toString().substring(0, 6), "nina-" + UUID.randomUUID() + "@clinic.example",
                List.of(), NewTeammate.Provider.none(), NewTeammate.Booking.empty()), Demo.PASSWORD).block(LIMIT);
    }

    private List<String> online(Actor viewer, Actor admin, People people) {
        Disposable near = presence.open(fixtures.actor(people.near()), UUID.randomUUID());
        Disposable far = presence.open(fixtures.actor(people.far()), UUID.randomUUID());
        try {
            await().atMost(LIMIT).until(() -> presence.online(admin).count().block(LIMIT) == 2);
            return presence.online(viewer).map(OnlineTeammate::name).collectList().block(LIMIT);
        } finally {
            near.dispose();
            far.dispose();
        }
    }
}
