package app.staffroom.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.staffroom.base.ChangeRefusedException;
import app.staffroom.live.LiveEvent;
import app.staffroom.live.LiveFeed;
import app.staffroom.security.SignedInAccount;
import app.staffroom.testing.FreshInstance;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The service side of the first-run setup on one fresh instance (empty database, demo off), in the order
 * an instance lives it: the link printed at start, refusals that change nothing, a new link at each
 * start, then one setup out of several at the same moment, after which the setup is over for good.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstRunSetupTest {

    private static final Duration LIMIT = Duration.ofSeconds(30);
    private static final String PASSWORD = "copper-meadow-violin-77";

    @TempDir
    static Path dataDirectory;

    static FreshInstance instance;
    static String token;

    @BeforeAll
    static void startAFreshInstance(CapturedOutput console) {
        instance = FreshInstance.start(dataDirectory, console);
        token = FreshInstance.setupToken(instance.console());
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    @Test
    @Order(1)
    void a_fresh_instance_prints_a_setup_link_and_keeps_only_the_hash_of_its_token() {
        assertThat(instance.console()).contains("Staffroom has no practice yet").contains("/setup?token=" + token);
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(instance.count("select count(*) from setup_token")).isOne();
        assertThat(count("select count(*) from setup_token where token_sha256 = sha256(convert_to(:t, 'UTF8'))", token))
                .as("the stored value is the token's SHA-256").isOne();
        assertThat(count("select count(*) from setup_token where position(convert_to(:t, 'UTF8') in token_sha256) > 0", token))
                .as("the token itself is stored nowhere").isZero();
        assertThat(setup().status(token).block(LIMIT)).isEqualTo(SetupStatus.OPEN);
    }

    @Test
    @Order(2)
    void a_missing_wrong_or_malformed_link_is_refused_and_changes_nothing() {
        String otherToken = app.staffroom.base.SecretTokens.generate();
        for (String wrong : List.of("", otherToken, token + "A", token.substring(1), token + "\u0000", "../" + token)) {
            assertThat(setup().status(wrong).block(LIMIT)).as(wrong).isEqualTo(SetupStatus.LINK_NOT_VALID);
            assertThatThrownBy(() -> setup().setUp(wrong, practice("test-practice"), owner("anna@clinic.example"), PASSWORD)
                    .block(LIMIT))
                    .isInstanceOfSatisfying(SetupUnavailableException.class,
                            refused -> assertThat(refused.status()).isEqualTo(SetupStatus.LINK_NOT_VALID))
                    .hasMessageStartingWith("This setup link is not valid.");
        }
        assertNothingCreated();
        assertThat(setup().status(token).block(LIMIT)).as("the right link still works").isEqualTo(SetupStatus.OPEN);
    }

    @ParameterizedTest(name = "{0}")
    @Order(3)
    @CsvSource(delimiter = '|', textBlock = """
            practice name missing  | name     | ''                  | Enter the practice's name.
            slug with capitals     | slug     | Test Practice       | Use lower-case letters a–z, digits and single hyphens
            slug with a hyphen end | slug     | test-               | Use lower-case letters a–z, digits and single hyphens
            unknown country        | country  | XX                  | Choose a country from the list.
            unknown time zone      | zone     | Australia/Sidney    | Choose a time zone from the list
            clinic name missing    | location | '   '               | Enter the location's name.
            first name missing     | first    | ''                  | Enter the first name.
            email without domain   | email    | anna@               | Enter a valid email address
            password too short     | password | violin-77           | Use at least 12 characters.
            breached password      | password | password1234        | on the lists of common or breached passwords
            password from the name | password | Kt9#vQ2!xLp-Anna       | Don't build the password from your name or email.
            """)
    void each_field_is_checked_by_the_service_with_the_rule_of_its_field(String what, String field, String value,
                                                                         String problem) {
        NewPractice practice = new NewPractice(field.equals("name") ? value : "Test Practice",
                field.equals("slug") ? value : "test-practice", field.equals("country") ? value : "AU",
                field.equals("zone") ? value : "Australia/Sydney", field.equals("location") ? value : "Bondi Clinic");
        PracticeOwner owner = new PracticeOwner(field.equals("first") ? value : "Anna", "Smith",
                field.equals("email") ? value : "anna.smith@clinic.example");

        assertThatThrownBy(() -> setup().setUp(token, practice, owner, field.equals("password") ? value : PASSWORD).block(LIMIT))
                .isExactlyInstanceOf(ChangeRefusedException.class)
                .hasMessageContaining(problem);
        assertNothingCreated();
    }

    @Test
    @Order(4)
    void each_start_before_the_setup_prints_a_new_link_and_the_older_one_stops_working(CapturedOutput console) {
        int before = console.getOut().length();

        instance.node().getBean(FirstRunStartup.class).onStart();

        String newer = FreshInstance.setupToken(console.getOut().substring(before));
        assertThat(newer).isNotEqualTo(token);
        assertThat(setup().status(token).block(LIMIT)).isEqualTo(SetupStatus.LINK_NOT_VALID);
        assertThatThrownBy(() -> setup().setUp(token, practice("test-practice"), owner("anna@clinic.example"), PASSWORD)
                .block(LIMIT)).isInstanceOf(SetupUnavailableException.class);
        assertThat(setup().status(newer).block(LIMIT)).isEqualTo(SetupStatus.OPEN);
        assertThat(instance.count("select count(*) from setup_token")).isOne();
        assertNothingCreated();
        token = newer;
    }

    @Test
    @Order(5)
    void of_several_setups_at_the_same_moment_exactly_one_creates_the_practice_with_everything_in_it() {
        List<LiveEvent> heard = new CopyOnWriteArrayList<>();
        Disposable listening = instance.node().getBean(LiveFeed.class).events().subscribe(heard::add);
        List<Object> outcomes;
        try {
            outcomes = Flux.range(0, 6)
                    .flatMap(i -> Mono.defer(() -> setup().setUp(token, practice("test-practice-" + i),
                                    owner("owner" + i + "@clinic.example"), PASSWORD))
                            .subscribeOn(Schedulers.boundedElastic())
                            .<Object>map(account -> account)
                            .onErrorResume(refused -> Mono.just(refused)))
                    .collectList().block(LIMIT);
            Awaitility.await().atMost(LIMIT).until(() -> heard.stream().anyMatch(event -> event.kind() == LiveEvent.Kind.PRACTICE));
        } finally {
            listening.dispose();
        }

        assertThat(outcomes).filteredOn(SignedInAccount.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !(outcome instanceof SignedInAccount))
                .hasSize(5).allSatisfy(refused -> assertThat(refused).isInstanceOfSatisfying(SetupUnavailableException.class,
                        unavailable -> assertThat(unavailable.status()).isEqualTo(SetupStatus.ALREADY_SET_UP)));
        SignedInAccount owner = (SignedInAccount) outcomes.stream().filter(SignedInAccount.class::isInstance).findFirst()
                .orElseThrow();
        UUID practice = instance.practice();
        assertThat(instance.practices()).isOne();
        assertThat(instance.count("select count(*) from account")).isOne();
        assertThat(text("select name || '|' || slug || '|' || phone_region || '|' || time_zone || '|' || currency from workspace"))
                .matches("Test Practice\\|test-practice-\\d\\|AU\\|Australia/Sydney\\|AUD");
        assertThat(text("select string_agg(name, ',') from location")).isEqualTo("Bondi Clinic");
        assertThat(text("select string_agg(name, ',' order by name) from role"))
                .isEqualTo("Admin,Billing Manager,Front Desk,Medical Director,Provider");
        assertThat(text("""
                select t.status || '|' || r.built_in || '|' || (w.owner_teammate_id = t.id) || '|' || a.email || '|'
                       || (a.password_hash like '$argon2id$%') || '|' || (select count(*) from teammate_location tl where tl.teammate_id = t.id)
                  from teammate t join role r on r.id = t.role_id join workspace w on w.id = t.workspace_id
                  join account a on a.id = t.account_id""")).isEqualTo("ACTIVE|ADMIN|true|" + owner.email() + "|true|1");
        assertThat(count("select count(*) from instance_operator where account_id = (select id from account where email = :t)",
                owner.email())).as("the owner operates the instance").isOne();
        assertThat(instance.count("select count(*) from setup_token")).as("the link is gone").isZero();
        assertThat(text("select action || '|' || actor_label || '|' || target_label from audit_event where action = 'PRACTICE_SET_UP'"))
                .isEqualTo("PRACTICE_SET_UP|Anna Smith|Test Practice");
        assertThat(heard).anySatisfy(event -> {
            assertThat(event.workspaceId()).isEqualTo(practice);
            assertThat(event.kind()).isEqualTo(LiveEvent.Kind.PRACTICE);
            assertThat(event.id()).isEqualTo(practice);
            assertThat(event.announcedAt()).as("announced with its time").isNotNull();
        });
    }

    @Test
    @Order(6)
    void once_set_up_every_link_is_refused_and_a_start_prints_none(CapturedOutput console) {
        String fresh = app.staffroom.base.SecretTokens.generate();
        for (String any : List.of(token, fresh, "")) {
            assertThat(setup().status(any).block(LIMIT)).isEqualTo(SetupStatus.ALREADY_SET_UP);
            assertThatThrownBy(() -> setup().setUp(any, practice("second-practice"), owner("mallory@clinic.example"), PASSWORD)
                    .block(LIMIT))
                    .isInstanceOfSatisfying(SetupUnavailableException.class,
                            refused -> assertThat(refused.status()).isEqualTo(SetupStatus.ALREADY_SET_UP))
                    .hasMessage("Staffroom is already set up. Sign in with your email and password.");
        }
        int before = console.getOut().length();

        instance.node().getBean(FirstRunStartup.class).onStart();

        assertThat(FreshInstance.hasSetupLink(console.getOut().substring(before))).isFalse();
        assertThat(instance.count("select count(*) from setup_token")).isZero();
        assertThat(instance.practices()).isOne();
        assertThat(instance.count("select count(*) from account")).isOne();
    }

    private static FirstRunSetup setup() {
        return instance.node().getBean(FirstRunSetup.class);
    }

    private static NewPractice practice(String slug) {
        return new NewPractice("Test Practice", slug, "AU", "Australia/Sydney", "Bondi Clinic");
    }

    private static PracticeOwner owner(String email) {
        return new PracticeOwner("Anna", "Smith", email);
    }

    private static void assertNothingCreated() {
        assertThat(instance.practices()).isZero();
        assertThat(instance.count("select count(*) from account")).isZero();
        assertThat(instance.count("select count(*) from audit_event")).isZero();
        assertThat(instance.count("select count(*) from instance_operator")).isZero();
    }

    private static long count(String sql, String value) {
        return instance.node().getBean(DatabaseClient.class).sql(sql).bind("t", value)
                .map(row -> row.get(0, Long.class)).one().block(LIMIT);
    }

    private static String text(String sql) {
        return instance.node().getBean(DatabaseClient.class).sql(sql)
                .map(row -> String.valueOf(row.get(0))).one().block(LIMIT);
    }
}
