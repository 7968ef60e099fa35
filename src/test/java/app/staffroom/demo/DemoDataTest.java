package app.staffroom.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;

@SpringBootTest
class DemoDataTest {

    @Autowired
    DatabaseClient db;

    @Test
    void the_clinic_has_two_locations_five_built_in_roles_and_thirty_teammates_in_every_status() {
        assertThat(count("select count(*) from location l join workspace w on w.id = l.workspace_id "
                + "where w.slug = 'harbour-aesthetics'")).isEqualTo(2);
        assertThat(count("select count(*) from role r join workspace w on w.id = r.workspace_id "
                + "where w.slug = 'harbour-aesthetics' and r.built_in is not null")).isEqualTo(5);
        Map<String, Long> byStatus = db.sql("""
                        select t.status, count(*) as n from teammate t join workspace w on w.id = t.workspace_id
                         where w.slug = 'harbour-aesthetics' group by t.status""")
                .map(row -> Map.entry(row.get("status", String.class), row.get("n", Long.class)))
                .all().collectList().block(Duration.ofSeconds(10))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(byStatus).containsOnlyKeys("ACTIVE", "PENDING", "INACTIVE");
        assertThat(byStatus.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(30);
    }

    @Test
    void several_providers_have_profiles_and_the_admin_account_belongs_to_both_workspaces() {
        assertThat(count("select count(*) from provider_profile p join teammate t on t.id = p.teammate_id "
                + "where t.works_as_provider")).isGreaterThanOrEqualTo(5);
        assertThat(count("select count(distinct t.workspace_id) from teammate t join account a on a.id = t.account_id "
                + "where a.email = '" + DemoData.adminEmail() + "' and t.status = 'ACTIVE'")).isEqualTo(2);
    }

    @Test
    void loading_again_into_a_database_that_has_data_changes_nothing(@Autowired DemoData demoData) {
        long teammates = count("select count(*) from teammate");

        assertThat(demoData.loadIntoEmptyDatabase("another-password-2026").block(Duration.ofSeconds(30))).isFalse();
        assertThat(count("select count(*) from teammate")).isEqualTo(teammates);
    }

    private long count(String sql) {
        return db.sql(sql).map(row -> row.get(0, Long.class)).one().block(Duration.ofSeconds(10));
    }
}
