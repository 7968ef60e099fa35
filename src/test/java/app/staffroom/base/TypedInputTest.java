package app.staffroom.base;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.history.AuditFilter;
import app.staffroom.history.AuditSearch;
import app.staffroom.invite.InvitationService;
import app.staffroom.invite.NewTeammate;
import app.staffroom.location.LocationService;
import app.staffroom.profile.ProfileService;
import app.staffroom.profile.ProviderProfile;
import app.staffroom.role.RoleService;
import app.staffroom.security.Actor;
import app.staffroom.team.TeammateFilter;
import app.staffroom.team.TeammateService;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Demo;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import reactor.core.publisher.Mono;

/**
 * What nobody can mean to type never reaches the database: every service refuses control characters,
 * direction overrides, invisible-only names and numbers beyond their column with a plain refusal, and
 * changes nothing.
 */
@SpringBootTest
class TypedInputTest {

    private static final Duration LIMIT = Duration.ofSeconds(30);
    private static final String NUL = "\u0000";
    private static final String OVERRIDE = "\u202E";
    private static final String INVISIBLE = "\u200B\u3164";

    @Autowired
    Fixtures fixtures;

    @Autowired
    InvitationService invitations;

    @Autowired
    TeammateService teammates;

    @Autowired
    ProfileService profiles;

    @Autowired
    AuditSearch audit;

    @Autowired
    RoleService roles;

    @Autowired
    LocationService locations;

    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource({
            "first name in the wizard, NUL", "first name in the wizard, OVERRIDE", "last name in the wizard, INVISIBLE",
            "email in the wizard, NUL", "bio in the wizard, NUL", "sales goal in the wizard, 999999999999999",
            "procedures goal in the wizard, 2147483647",
            "first name in My profile, NUL", "last name in My profile, INVISIBLE", "bio in My profile, OVERRIDE", "display name in My profile, INVISIBLE", "display name in the wizard, INVISIBLE",
            "sales goal in My profile, 999999999999999",
            "team search, NUL", "audit filter, NUL", "role name, OVERRIDE", "role name, INVISIBLE", "role name, LOOKALIKE",
            "role description, NUL", "location name, INVISIBLE", "location name, NUL",
            "deactivation reason, NUL", "revocation reason, OVERRIDE"})
    void is_refused_with_a_plain_reason_and_nothing_changes(String input, String what) {
        String typed = switch (what) {
            case "NUL" -> "Ni" + NUL + "na";
            case "OVERRIDE" -> "Nina" + OVERRIDE + "txt.exe";
            case "INVISIBLE" -> INVISIBLE;
            case "LOOKALIKE" -> "AD\u034FMIN ";
            default -> what;
        };
        Clinic clinic = fixtures.newClinic();
        UUID adminId = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        fixtures.makeProvider(adminId, "Pat", "#0F766E", true);
        Actor admin = fixtures.actor(adminId);
        String statusBefore = fixtures.teammateColumn(adminId, "version");
        Mono<?> call = call(input, typed, clinic, admin);
        long teammatesBefore = fixtures.teammatesOf(clinic);

        Throwable refusal = call.then(Mono.<Throwable>empty()).onErrorResume(Mono::just).block(LIMIT);

        assertThat(refusal).as("refused").isInstanceOf(ChangeRefusedException.class);
        assertThat(refusal.getMessage()).doesNotContain("SQL", "Exception", "insert", "update", "select");
        assertThat(fixtures.teammateColumn(adminId, "version")).isEqualTo(statusBefore);
        assertThat(fixtures.teammatesOf(clinic)).as("nobody was added").isEqualTo(teammatesBefore);
    }

    private Mono<?> call(String input, String typed, Clinic clinic, Actor admin) {
        return switch (input) {
            case "first name in the wizard" -> invite(admin, draft(clinic, typed, "Novak", "nina@clinic.example", "", null, null));
            case "last name in the wizard" -> invite(admin, draft(clinic, "Nina", typed, "nina@clinic.example", "", null, null));
            case "email in the wizard" -> invite(admin, draft(clinic, "Nina", "Novak", "ni" + typed + "@clinic.example", "", null, null));
            case "bio in the wizard" -> invite(admin, draft(clinic, "Nina", "Novak", "nina@clinic.example", typed, null, null));
            case "sales goal in the wizard" -> invite(admin, draft(clinic, "Nina", "Novak", "nina@clinic.example", "",
                    new BigDecimal(typed), null));
            case "procedures goal in the wizard" -> invite(admin, draft(clinic, "Nina", "Novak", "nina@clinic.example", "",
                    null, Integer.valueOf(typed)));
            case "first name in My profile" -> profiles.saveIdentity(admin, typed, "Person", List.of());
            case "last name in My profile" -> profiles.saveIdentity(admin, "Pat", typed, List.of());
            case "bio in My profile" -> profiles.saveProvider(admin, provider(typed, null));
            case "display name in My profile" -> profiles.saveProvider(admin, new ProviderProfile(typed, "Nurse", "", "", "",
                    "#0F766E", 1, 15, false, null, null, null, false, null));
            case "display name in the wizard" -> invite(admin, new NewTeammate(clinic.frontDeskRole(),
                    Set.of(clinic.mainLocation()), clinic.mainLocation(), "Nina", "Novak", "nina@clinic.example", List.of(),
                    draft(clinic, "Nina", "Novak", "nina@clinic.example", "", null, null).provider(),
                    new NewTeammate.Booking(typed, "", "")));
            case "sales goal in My profile" -> profiles.saveProvider(admin, provider("", new BigDecimal(typed)));
            case "team search" -> teammates.page(admin, TeammateFilter.of(TeammateStatus.ACTIVE).withSearch(typed), 0, 10,
                    null, 0, -1).collectList();
            case "audit filter" -> audit.search(admin, new AuditFilter(typed, "", null, null, null), java.util.Locale.ENGLISH).collectList();
            case "role name" -> roles.createRole(admin, typed, "", null);
            case "role description" -> roles.createRole(admin, "Trainee", typed, null);
            case "location name" -> locations.add(admin, typed);
            case "deactivation reason" -> teammates.deactivate(admin,
                    fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE), 0, typed);
            case "revocation reason" -> invitations.revoke(admin, fixtures.pendingInvitation(invite(admin, draft(clinic,
                    "Nina", "Novak", "nina-" + UUID.randomUUID() + "@clinic.example", "", null, null)).block(LIMIT)), typed);
            default -> throw new IllegalArgumentException(input);
        };
    }

    private Mono<UUID> invite(Actor admin, NewTeammate draft) {
        return invitations.invite(admin, draft, Demo.PASSWORD);
    }

    private static NewTeammate draft(Clinic clinic, String first, String last, String email, String bio,
                                     BigDecimal sales, Integer procedures) {
        NewTeammate.Provider provider = new NewTeammate.Provider(true, false, null, false, "#0F766E", 1, 15, procedures,
                null, sales, "");
        return new NewTeammate(clinic.frontDeskRole(), Set.of(clinic.mainLocation()), clinic.mainLocation(), first, last,
                email, List.of(), provider, new NewTeammate.Booking("", "", bio));
    }

    private static ProviderProfile provider(String bio, BigDecimal sales) {
        return new ProviderProfile("Pat", "Nurse", bio, "", "", "#0F766E", 1, 15, false, null, null, sales, false, null);
    }
}
