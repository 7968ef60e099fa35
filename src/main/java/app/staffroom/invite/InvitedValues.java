package app.staffroom.invite;

import app.staffroom.base.AccessPeriod;
import app.staffroom.base.PhoneNumbers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/** What the audit trail keeps of an invitation: the person, the role and locations given, and every field set. */
final class InvitedValues {

    private InvitedValues() {
    }

    /** Who was invited, and the role and locations they were given, by name, for the audit trail. */
    record Given(String name, String role, List<String> locations, String defaultLocation, List<String> phones,
                 String supervisor) {
    }

    static Mono<Given> given(DatabaseClient db, UUID teammate) {
        return db.sql("""
                        select a.first_name || ' ' || a.last_name as name, r.name as role,
                               array(select l.name from teammate_location tl join location l on l.id = tl.location_id
                                      where tl.teammate_id = t.id order by lower(l.name), l.id) as locations,
                               coalesce((select l.name from location l where l.id = t.default_location_id), '') as default_location,
                               t.phones,
                               coalesce((select sa.first_name || ' ' || sa.last_name from provider_profile p
                                           join teammate s on s.id = p.supervising_teammate_id
                                           join account sa on sa.id = s.account_id
                                          where p.teammate_id = t.id), '') as supervisor
                          from teammate t join account a on a.id = t.account_id
                          join role r on r.id = t.role_id and r.workspace_id = t.workspace_id
                         where t.id = :t
                        """)
                .bind("t", teammate)
                .map(row -> new Given(Objects.requireNonNull(row.get("name", String.class)),
                        Objects.requireNonNull(row.get("role", String.class)),
                        List.of(Objects.requireNonNull(row.get("locations", String[].class))),
                        Objects.requireNonNull(row.get("default_location", String.class)),
                        List.of(Objects.requireNonNull(row.get("phones", String[].class))),
                        Objects.requireNonNull(row.get("supervisor", String.class))))
                .one();
    }

    static Map<String, Object> of(NewTeammate draft, String email, Given given) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("status", "PENDING");
        values.put("email", email);
        values.put("role", given.role());
        values.put("locations", given.locations());
        values.put("defaultLocation", given.defaultLocation());
        values.put("phones", String.join(", ", given.phones().stream().map(PhoneNumbers::display).toList()));
        values.put("worksAsProvider", draft.provider().worksAsProvider());
        if (!draft.accessPeriod().isOpen()) {
            AccessPeriod period = draft.accessPeriod();
            values.put("accessStarts", period.startText());
            values.put("accessEnds", period.endText());
        }
        if (draft.provider().worksAsProvider()) {
            NewTeammate.Provider provider = draft.provider();
            values.put("mdConsentRequired", provider.mdConsentRequired());
            values.put("supervisingMedicalDirector", given.supervisor());
            values.put("availableForSmartBooking", provider.availableForSmartBooking());
            values.put("appointmentColour", provider.appointmentColour().strip().toUpperCase(Locale.ROOT));
            values.put("capacity", provider.capacity());
            values.put("schedulingStepMinutes", provider.schedulingStepMinutes());
            values.put("npi", provider.npi().strip());
            values.put("goalProceduresPerWeek", String.valueOf(provider.proceduresPerWeek()));
            values.put("goalProceduresPerMonth", String.valueOf(provider.proceduresPerMonth()));
            values.put("goalSalesPerMonth", provider.salesPerMonth() == null ? "null" : provider.salesPerMonth().toPlainString());
            values.put("displayName", draft.booking().displayName().strip());
            values.put("displayTitle", draft.booking().displayTitle().strip());
            values.put("bio", draft.booking().bio().strip());
        }
        return values;
    }
}
