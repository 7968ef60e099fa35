package app.staffroom.demo;

import static app.staffroom.role.BuiltInRole.MEDICAL_DIRECTOR;
import static app.staffroom.team.TeammateStatus.ACTIVE;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The demo providers' public profiles and credentials. Draws from the data set's own seeded {@link Random},
 * so the same demo comes out on every empty database.
 */
final class DemoProviders {

    private final Random random;

    DemoProviders(Random random) {
        this.random = random;
    }

    void addProfile(SqlScript script, DemoPerson person, UUID teammate, UUID workspace,
                                    String colour, UUID supervisor) {
        boolean doctor = person.role() == MEDICAL_DIRECTOR;
        String displayName = (doctor ? "Dr. " : "") + person.firstName() + " " + person.lastName();
        String title = doctor ? "Medical Director" : "Aesthetic Practitioner";
        String bio = person.firstName() + " has " + (3 + random.nextInt(15)) + " years of experience in "
                + (doctor ? "aesthetic medicine and oversees clinical standards across our clinics."
                          : "skin treatments and injectables, with a calm, unhurried approach.");
        script.add("""
                insert into provider_profile (teammate_id, workspace_id, display_name, display_title, bio,
                                              appointment_colour, capacity, scheduling_step_minutes,
                                              available_for_smart_booking, goal_procedures_per_week,
                                              goal_procedures_per_month, goal_sales_per_month)
                values (:teammate, :workspace, :name, :title, :bio, :colour, :capacity, :step, :bookable,
                        :perWeek, :perMonth, cast(:sales as numeric))
                """, "teammate", teammate, "workspace", workspace, "name", displayName, "title", title, "bio", bio,
                "colour", colour, "capacity", 1 + random.nextInt(2), "step", List.of(10, 15, 30).get(random.nextInt(3)),
                "bookable", person.status() == ACTIVE, "perWeek", 10 + random.nextInt(20),
                "perMonth", 40 + random.nextInt(60), "sales", String.valueOf(8000 + 500 * random.nextInt(20)));
        if (supervisor != null) {
            script.add("""
                    update provider_profile set md_consent_required = true, supervising_teammate_id = :supervisor
                     where teammate_id = :teammate
                    """, "supervisor", supervisor, "teammate", teammate);
        }
        if (doctor) {
            script.add("update provider_profile set npi = '1234567893', taxonomy_code = '207N00000X' where teammate_id = :t",
                    "t", teammate);
        }
    }

    /**
     * Every provider holds a nursing or medical licence, required for booking: Priya Shah's expires next month and
     * Sofia Alvarez's lapsed last week (so the Credentials page and the reminders have something to show); the others
     * are valid for a year or more. Each doctor also holds a DEA registration.
     */
    void addLicences(SqlScript script, DemoPerson person, UUID teammate, UUID workspace, LocalDate today) {
        LocalDate expires = switch (person.firstName() + " " + person.lastName()) {
            case "Priya Shah" -> today.plusMonths(1);
            case "Sofia Alvarez" -> today.minusDays(6);
            default -> today.plusDays(400 + random.nextInt(700));
        };
        boolean doctor = person.role() == MEDICAL_DIRECTOR;
        script.add("""
                insert into credential (workspace_id, teammate_id, type, number, issuer, issued_on, expires_on, required)
                values (:workspace, :teammate, 'PROFESSIONAL_LICENCE', :number, :issuer, :issued, :expires, true)
                """, "workspace", workspace, "teammate", teammate,
                "number", (doctor ? "MD-" : "RN-") + (100000 + random.nextInt(900000)),
                "issuer", doctor ? "Medical Board of California" : "California Board of Registered Nursing",
                "issued", expires.minusYears(2), "expires", expires);
        if (doctor) {
            script.add("""
                    insert into credential (workspace_id, teammate_id, type, number, issuer, issued_on, expires_on)
                    values (:workspace, :teammate, 'DEA', :number, 'U.S. Drug Enforcement Administration', :issued, :expires)
                    """, "workspace", workspace, "teammate", teammate, "number", "BR" + (1000000 + random.nextInt(9000000)),
                    "issued", today.minusMonths(10), "expires", today.plusMonths(26));
        }
    }
}
