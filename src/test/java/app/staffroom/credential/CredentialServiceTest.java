package app.staffroom.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.staffroom.base.ChangeRefusedException;
import app.staffroom.base.StaleChangeException;
import app.staffroom.live.LiveEvent;
import app.staffroom.live.LiveFeed;
import app.staffroom.role.Permission;
import app.staffroom.security.Actor;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.access.AccessDeniedException;
import reactor.core.Disposable;
import reactor.test.StepVerifier;

/** A provider's credentials on the real database: who may see and change them, what is kept, what is audited. */
@SpringBootTest
class CredentialServiceTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);
    static final CredentialDraft LICENCE = new CredentialDraft(CredentialType.PROFESSIONAL_LICENCE, "", "RN-123456",
            "Texas Board of Nursing", LocalDate.of(2024, 1, 15), LocalDate.of(2027, 1, 31), true);

    @Autowired
    CredentialService credentials;

    @Autowired
    Fixtures fixtures;

    @Autowired
    LiveFeed live;

    @Autowired
    DatabaseClient db;

    Clinic clinic;
    UUID provider;
    Actor admin;

    @BeforeEach
    void clinicWithAProvider() {
        clinic = fixtures.newClinic();
        admin = fixtures.actor(fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE));
        provider = fixtures.addTeammate(clinic, clinic.rolesByName().get("Provider"), TeammateStatus.ACTIVE);
        fixtures.makeProvider(provider, "Nurse Ava", "#0F766E", true);
    }

    @Test
    void a_provider_adds_their_own_credential_and_it_is_audited_with_its_values_and_announced() {
        List<LiveEvent> heard = new CopyOnWriteArrayList<>();
        Disposable listening = live.events().filter(event -> clinic.workspaceId().equals(event.workspaceId())).subscribe(heard::add);
        try {
            Credential added = credentials.add(fixtures.actor(provider), provider, LICENCE).block(LIMIT);

            assertThat(added.typeName()).isEqualTo("Professional licence");
            assertThat(added.number()).isEqualTo("RN-123456");
            assertThat(added.expiresOn()).isEqualTo(LocalDate.of(2027, 1, 31));
            assertThat(added.required()).isTrue();
            assertThat(credentials.mine(fixtures.actor(provider)).block(LIMIT)).containsExactly(added);
            assertThat(fixtures.auditValues(clinic, "CREDENTIAL_ADDED")).contains("\"number\": \"RN-123456\"")
                    .contains("\"expires\": \"2027-01-31\"");
            Awaitility.await().atMost(LIMIT).until(() -> heard.stream()
                    .anyMatch(event -> event.kind() == LiveEvent.Kind.TEAMMATE && provider.equals(event.id())));
        } finally {
            listening.dispose();
        }
    }

    @Test
    void an_admin_changes_and_removes_a_providers_credential_on_the_version_they_saw() {
        Credential added = credentials.add(admin, provider, LICENCE).block(LIMIT);
        CredentialDraft renewed = new CredentialDraft(CredentialType.PROFESSIONAL_LICENCE, "", "RN-123456",
                "Texas Board of Nursing", LocalDate.of(2027, 1, 15), LocalDate.of(2029, 1, 31), true);

        Credential changed = credentials.update(admin, added.id(), renewed, added.version()).block(LIMIT);

        assertThat(changed.expiresOn()).isEqualTo(LocalDate.of(2029, 1, 31));
        assertThat(fixtures.auditValues(clinic, "CREDENTIAL_CHANGED"))
                .isEqualTo("{\"issued\": \"2024-01-15\", \"expires\": \"2027-01-31\"} -> "
                        + "{\"issued\": \"2027-01-15\", \"expires\": \"2029-01-31\"}");
        assertThatThrownBy(() -> credentials.update(admin, added.id(), LICENCE, added.version()).block(LIMIT))
                .as("a change on an old version overwrites nothing").isInstanceOf(StaleChangeException.class);
        assertThatThrownBy(() -> credentials.remove(admin, added.id(), added.version()).block(LIMIT))
                .isInstanceOf(StaleChangeException.class);

        credentials.remove(admin, added.id(), changed.version()).block(LIMIT);

        assertThat(credentials.of(admin, provider).block(LIMIT)).isEmpty();
        assertThat(fixtures.auditValues(clinic, "CREDENTIAL_REMOVED")).contains("RN-123456").endsWith("-> {}");
    }

    @Test
    void bad_input_is_refused_with_every_reason_and_changes_nothing() {
        CredentialDraft bad = new CredentialDraft(CredentialType.CUSTOM, "", "RN-1", " ", LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 4, 1), false);

        StepVerifier.create(credentials.add(fixtures.actor(provider), provider, bad))
                .expectErrorSatisfies(refused -> assertThat(refused).isInstanceOf(ChangeRefusedException.class)
                        .hasMessage("Enter the name of the type. Enter the issuing body or state. " + CredentialRules.orderRule()))
                .verify(LIMIT);
        assertThat(credentials.mine(fixtures.actor(provider)).block(LIMIT)).isEmpty();
    }

    @Test
    void teammates_without_manage_users_see_but_do_not_change_others_credentials() {
        Credential added = credentials.add(admin, provider, LICENCE).block(LIMIT);
        UUID viewerRole = fixtures.customRole(clinic, "Viewer", Permission.TEAM_VIEW);
        Actor viewer = fixtures.actor(fixtures.addTeammate(clinic, viewerRole, TeammateStatus.ACTIVE));

        assertThat(credentials.of(viewer, provider).block(LIMIT)).containsExactly(added);
        assertThat(credentials.canEdit(viewer, provider).block(LIMIT)).isFalse();
        assertThatThrownBy(() -> credentials.update(viewer, added.id(), LICENCE, added.version()).block(LIMIT))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> credentials.add(viewer, provider, LICENCE).block(LIMIT))
                .isInstanceOf(AccessDeniedException.class);

        UUID nobodyRole = fixtures.customRole(clinic, "Nobody");
        Actor nobody = fixtures.actor(fixtures.addTeammate(clinic, nobodyRole, TeammateStatus.ACTIVE));
        assertThatThrownBy(() -> credentials.of(nobody, provider).block(LIMIT)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobody_changes_the_credentials_of_someone_who_holds_more_than_they_do() {
        UUID adminProvider = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        fixtures.makeProvider(adminProvider, "Dr Boss", "#1D4ED8", true);
        Actor manager = fixtures.actor(fixtures.addTeammate(clinic, clinic.managerRole(), TeammateStatus.ACTIVE));
        UUID nurse = fixtures.addTeammate(clinic, fixtures.customRole(clinic, "Nurse"), TeammateStatus.ACTIVE);
        fixtures.makeProvider(nurse, "Nurse Bo", "#B91C1C", true);

        assertThat(credentials.canEdit(manager, nurse).block(LIMIT)).isTrue();
        assertThat(credentials.canEdit(manager, provider).block(LIMIT)).as("a Provider holds clinical permissions").isFalse();
        assertThat(credentials.canEdit(manager, adminProvider).block(LIMIT)).isFalse();
        assertThatThrownBy(() -> credentials.add(manager, adminProvider, LICENCE).block(LIMIT))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nothing_crosses_practices_and_only_providers_hold_credentials() {
        Clinic other = fixtures.newClinic();
        Actor otherAdmin = fixtures.actor(fixtures.addTeammate(other, other.adminRole(), TeammateStatus.ACTIVE));
        Credential added = credentials.add(admin, provider, LICENCE).block(LIMIT);

        assertThatThrownBy(() -> credentials.of(otherAdmin, provider).block(LIMIT)).isInstanceOf(ChangeRefusedException.class);
        assertThatThrownBy(() -> credentials.update(otherAdmin, added.id(), LICENCE, added.version()).block(LIMIT))
                .isInstanceOf(ChangeRefusedException.class).hasMessage("That credential no longer exists.");
        assertThatThrownBy(() -> credentials.document(otherAdmin, added.id()).block(LIMIT))
                .isInstanceOf(ChangeRefusedException.class);

        UUID frontDesk = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        assertThatThrownBy(() -> credentials.add(admin, frontDesk, LICENCE).block(LIMIT))
                .isInstanceOf(ChangeRefusedException.class).hasMessageContaining("does not work as a provider");
    }

    @Test
    void a_deactivated_person_no_longer_changes_their_own_credentials() {
        UUID gone = fixtures.addTeammate(clinic, clinic.rolesByName().get("Provider"), TeammateStatus.INACTIVE);
        fixtures.makeProvider(gone, "Dr Gone", "#7C3AED", false);

        assertThatThrownBy(() -> credentials.add(fixtures.actor(gone), gone, LICENCE).block(LIMIT))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_scanned_document_is_kept_as_uploaded_downloaded_by_those_who_may_see_it_and_removed() throws Exception {
        Credential added = credentials.add(fixtures.actor(provider), provider, LICENCE).block(LIMIT);
        byte[] pdf = DocumentCheckTest.pdf();

        Credential withDocument = credentials.attachDocument(fixtures.actor(provider), added.id(), pdf).block(LIMIT);

        assertThat(withDocument.documentType()).isEqualTo("application/pdf");
        CredentialService.Document document = credentials.document(admin, added.id()).block(LIMIT);
        assertThat(document.bytes()).isEqualTo(pdf);
        assertThat(document.fileName()).isEqualTo("Professional-licence-RN-123456.pdf");
        assertThat(fixtures.auditValues(clinic, "CREDENTIAL_DOCUMENT_ADDED"))
                .contains("Professional licence RN-123456: none").contains("PDF, " + pdf.length + " bytes");

        assertThatThrownBy(() -> credentials.attachDocument(fixtures.actor(provider), added.id(),
                "not a scan".getBytes()).block(LIMIT)).isInstanceOf(ChangeRefusedException.class)
                .hasMessage(CredentialService.DOCUMENT_WRONG_TYPE.english());
        assertThat(credentials.document(admin, added.id()).block(LIMIT).bytes()).as("a refused file replaces nothing")
                .isEqualTo(pdf);

        assertThat(credentials.removeDocument(admin, added.id()).block(LIMIT).documentType()).isNull();
        assertThat(credentials.document(admin, added.id()).blockOptional(LIMIT)).isEmpty();
        assertThat(fixtures.auditValues(clinic, "CREDENTIAL_DOCUMENT_REMOVED")).endsWith("RN-123456: none\"}");
    }
}
