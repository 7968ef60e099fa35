package app.staffroom.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.base.FieldRefusedException;
import app.staffroom.security.Actor;
import app.staffroom.security.SignedInAccount;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Demo;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.Mailbox;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.access.AccessDeniedException;
import reactor.test.StepVerifier;

@SpringBootTest
class NewPracticesTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    @Autowired
    NewPractices practices;

    @Autowired
    Demo demo;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Mailbox mailbox;

    @Autowired
    DatabaseClient db;

    @Test
    void an_operator_creates_a_practice_whose_first_administrator_owns_it_and_is_invited() {
        SignedInAccount olivia = olivia();
        String slug = "bay-" + UUID.randomUUID().toString().substring(0, 8);
        String email = Mailbox.uniqueEmail();

        NewPractices.Created made = practices.create(olivia, new NewPractice("Bay Dental", slug, "AU", "Australia/Perth",
                "Fremantle"), new PracticeOwner("Ruth", "Park", email)).block(LIMIT);
        UUID created = made.workspaceId();
        assertThat(made.existingAccount()).isFalse();

        assertThat(query("select time_zone || ' ' || currency || ' ' || phone_region from workspace where id = :w", created))
                .isEqualTo("Australia/Perth AUD AU");
        assertThat(query("""
                select a.email || ' ' || t.status || ' ' || r.built_in from workspace w join teammate t on t.id = w.owner_teammate_id
                  join account a on a.id = t.account_id join role r on r.id = t.role_id where w.id = :w
                """, created)).isEqualTo(email + " PENDING ADMIN");
        assertThat(query("select count(*)::text from teammate where workspace_id = :w", created)).isEqualTo("1");
        assertThat(query("select count(*)::text from role where workspace_id = :w", created)).isEqualTo("5");
        assertThat(query("select string_agg(name, ',') from location where workspace_id = :w", created)).isEqualTo("Fremantle");
        assertThat(mailbox.latestTo(email)).contains("Bay Dental").contains("Olivia Bennett");
        assertThat(query("select count(*)::text from audit_event where workspace_id = :w and action = 'PRACTICE_CREATED'", created))
                .isEqualTo("1");

        NewPractices.WaitingPractice waiting = practices.waiting(olivia).filter(each -> each.workspaceId().equals(created))
                .blockFirst(LIMIT);
        assertThat(waiting.ownerEmail()).isEqualTo(email);
        assertThat(waiting.linkWorksUntil()).isNotNull();
        String firstLink = mailbox.invitationToken(email);
        practices.reinvite(olivia, created, waiting.ownerTeammateId()).block(LIMIT);
        assertThat(mailbox.countTo(email)).isEqualTo(2);
        assertThat(mailbox.invitationToken(email)).as("a new link, the older one void").isNotEqualTo(firstLink);
    }

    @Test
    void only_an_operator_creates_practices_and_operators_make_others_operators() {
        Clinic clinic = fixtures.newClinic();
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        Actor actor = fixtures.actor(admin);
        SignedInAccount someone = new SignedInAccount(actor.accountId(), fixtures.email(admin), fixtures.name(admin));
        NewPractice practice = new NewPractice("Elsewhere", "elsewhere-" + clinic.slug(), "US", "America/Denver", "Main");

        StepVerifier.create(practices.create(someone, practice, new PracticeOwner("A", "B", Mailbox.uniqueEmail())))
                .expectError(AccessDeniedException.class).verify(LIMIT);
        StepVerifier.create(practices.grantOperator(someone, Demo.GRACE_FRONT_DESK))
                .expectError(AccessDeniedException.class).verify(LIMIT);
        StepVerifier.create(practices.grantOperator(olivia(), "not an address"))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(FieldRefusedException.class)).verify(LIMIT);
        StepVerifier.create(practices.grantOperator(olivia(), Demo.ETHAN_PENDING))
                .expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("has not chosen a password")).verify(LIMIT);
        StepVerifier.create(practices.grantOperator(olivia(), Demo.OLIVIA_ADMIN))
                .expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("an operator already")).verify(LIMIT);

        practices.grantOperator(olivia(), fixtures.email(admin)).block(LIMIT);

        assertThat(practices.isOperator(someone).block(LIMIT)).isTrue();
        NewPractices.Created joined = practices.create(someone, practice, new PracticeOwner("Typed", "Name",
                Demo.GRACE_FRONT_DESK)).block(LIMIT);
        assertThat(joined.existingAccount()).as("Grace joins with her own account and name").isTrue();
    }

    @Test
    void a_bad_or_taken_value_is_refused_on_its_field_and_creates_nothing() {
        SignedInAccount olivia = olivia();
        long before = Long.parseLong(query("select count(*)::text from workspace where :w is not null", UUID.randomUUID()));

        refused(olivia, new NewPractice("Taken", "harbour-aesthetics", "US", "America/Denver", "Main"), "SLUG", "Another practice");
        refused(olivia, new NewPractice("Bad", "Bad Address", "US", "America/Denver", "Main"), "SLUG", "lower-case");
        refused(olivia, new NewPractice("Zone", "zone-" + UUID.randomUUID().toString().substring(0, 8), "US", "Nowhere/City",
                "Main"), "TIME_ZONE", "time zone");

        assertThat(Long.parseLong(query("select count(*)::text from workspace where :w is not null", UUID.randomUUID())))
                .isEqualTo(before);
    }

    private void refused(SignedInAccount operator, NewPractice practice, String field, String message) {
        StepVerifier.create(practices.create(operator, practice, new PracticeOwner("A", "B", Mailbox.uniqueEmail())))
                .expectErrorSatisfies(error -> {
                    assertThat(error).isInstanceOf(FieldRefusedException.class).hasMessageContaining(message);
                    assertThat(((FieldRefusedException) error).field()).isEqualTo(field);
                }).verify(LIMIT);
    }

    private SignedInAccount olivia() {
        Actor actor = demo.actor(Demo.OLIVIA_ADMIN, Demo.HARBOUR);
        return new SignedInAccount(actor.accountId(), Demo.OLIVIA_ADMIN, "Olivia Bennett");
    }

    private String query(String sql, UUID workspace) {
        return db.sql(sql).bind("w", workspace).map(row -> String.valueOf(row.get(0, String.class))).one().block(LIMIT);
    }
}
