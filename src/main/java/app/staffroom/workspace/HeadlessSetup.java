package app.staffroom.workspace;

import app.staffroom.audit.AuditTrail;
import app.staffroom.invite.FirstAdministrators;
import app.staffroom.live.LiveEvent;
import app.staffroom.workspace.SetupRules.Field;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * The first run without a person at the console: the practice and its owner come from the
 * {@code staffroom.setup.*} properties ({@code STAFFROOM_SETUP_*} variables). The owner gets no password
 * from them: they are invited by email, and choose it on the invitation page.
 */
@Component
class HeadlessSetup {

    /** Who the audit trail and the invitation email name as having done it. */
    static final String ACTOR = "Staffroom setup";

    private static final Map<Field, String> HINTS = Map.of(
            Field.COUNTRY, " Give the two-letter ISO 3166 code, for example AU.",
            Field.TIME_ZONE, " Give the IANA time zone id.",
            Field.SLUG, " Left out, it is made from the practice's name.");

    private static final Logger log = LoggerFactory.getLogger(HeadlessSetup.class);

    private final Environment environment;
    private final FirstPractice firstPractice;
    private final SetupToken setupToken;
    private final FirstAdministrators firstAdministrators;
    private final AuditTrail audit;
    private final TransactionalOperator transaction;

    HeadlessSetup(Environment environment, FirstPractice firstPractice, SetupToken setupToken,
                  FirstAdministrators firstAdministrators, AuditTrail audit, TransactionalOperator transaction) {
        this.environment = environment;
        this.firstPractice = firstPractice;
        this.setupToken = setupToken;
        this.firstAdministrators = firstAdministrators;
        this.audit = audit;
        this.transaction = transaction;
    }

    /** True when the properties ask for a headless setup (the practice's name is given). */
    boolean requested() {
        return !value(Field.PRACTICE_NAME).isBlank();
    }

    /**
     * Says in the log which setup settings will not be used: all of them without the practice's name (a
     * misspelt STAFFROOM_SETUP_PRACTICE_NAME, say), and any STAFFROOM_SETUP_* variable that is none of them
     * (there is no password setting, by design).
     */
    void warnAboutIgnoredSettings() {
        if (!requested()) {
            for (Field field : Field.values()) {
                if (field != Field.SLUG && !value(field).isBlank()) {
                    log.warn("First-run setup: {} ({}) is ignored because {} is not set", field.variable(), field.property(),
                            Field.PRACTICE_NAME.variable());
                }
            }
        }
        java.util.Set<String> known = java.util.Arrays.stream(Field.values()).map(Field::variable)
                .collect(java.util.stream.Collectors.toSet());
        System.getenv().keySet().stream().filter(name -> name.startsWith("STAFFROOM_SETUP_") && !known.contains(name))
                .sorted()
                .forEach(name -> log.warn("First-run setup: {} is not a setting Staffroom knows and is ignored{}", name,
                        name.contains("PASSWORD") ? " (the owner chooses the password on the invitation page)" : ""));
    }

    /**
     * Sets the instance up from the properties when the database holds no practice, and tells whether it
     * did. Settings with problems log each problem with its variable and fail with
     * {@link IllegalStateException}, changing nothing.
     */
    Mono<Boolean> setUpIfEmpty() {
        NewPractice practice = new NewPractice(value(Field.PRACTICE_NAME), value(Field.SLUG), value(Field.COUNTRY),
                value(Field.TIME_ZONE), value(Field.LOCATION));
        PracticeOwner owner = new PracticeOwner(value(Field.OWNER_FIRST_NAME), value(Field.OWNER_LAST_NAME),
                value(Field.OWNER_EMAIL));
        return firstPractice.lockInstance()
                .then(firstPractice.anyPractice())
                .flatMap(present -> present ? Mono.just(false) : create(practice, owner).thenReturn(true))
                .as(transaction::transactional);
    }

    private Mono<Void> create(NewPractice practice, PracticeOwner owner) {
        Map<Field, String> problems = SetupRules.problems(practice, owner);
        if (!problems.isEmpty()) {
            problems.forEach((field, problem) -> log.error("First-run setup: {} ({}) \"{}\": {}{}", field.variable(),
                    field.property(), value(field), problem, HINTS.getOrDefault(field, "")));
            return Mono.error(new IllegalStateException("The first-run setup settings (STAFFROOM_SETUP_*) have "
                    + problems.size() + " problem(s), logged above. Nothing was created."));
        }
        return firstPractice.create(practice, owner, null)
                .flatMap(created -> setupToken.forget()
                        .then(audit.recordUnattended(created.workspaceId(), ACTOR, "PRACTICE_SET_UP", "PRACTICE",
                                created.workspaceId(), practice.name().strip(),
                                FirstPractice.audited(practice, owner, "start-up settings"), LiveEvent.Kind.PRACTICE))
                        .then(firstAdministrators.invite(created.workspaceId(), created.ownerTeammateId(), ACTOR)))
                .doOnSuccess(done -> {
                    log.info("First-run setup: practice \"{}\" created from the STAFFROOM_SETUP_* settings;"
                            + " its owner {} was sent an invitation to choose a password", practice.name().strip(), owner.email().strip());
                    if (environment.getProperty("spring.mail.host", "").isBlank()) {
                        log.warn("First-run setup: no SMTP server is configured (SPRING_MAIL_HOST), so the owner's invitation "
                                + "stays inside Staffroom, where nobody can read it before signing in. Configure SMTP and "
                                + "start again with an empty database, or leave the STAFFROOM_SETUP_* settings out and use "
                                + "the setup link printed on the console instead.");
                    }
                });
    }

    /** The setting as given, never null; a slug left out is derived from the practice's name. */
    private String value(Field field) {
        String value = environment.getProperty(field.property(), "");
        if (field == Field.SLUG && value.isBlank()) {
            return SetupSuggestions.slug(environment.getProperty(Field.PRACTICE_NAME.property(), ""));
        }
        return value;
    }
}
