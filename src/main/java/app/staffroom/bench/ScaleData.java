package app.staffroom.bench;

import app.staffroom.role.BuiltInRole;
import app.staffroom.role.Permission;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generates one workspace with a large number of teammates straight in SQL (set-based, one
 * transaction), for measuring the teammates list at scale.
 */
final class ScaleData {

    static final String SLUG = "scale-test-clinic";
    static final String ADMIN_EMAIL = "admin@scale.example";
    static final int LOCATIONS = 5;
    /** One person in fifty has an email at this domain; everyone else at scale.example. */
    static final String OTHER_DOMAIN = "north.example.org";
    /** Found inside one last name (Okafor), at the start of none: as when looking for one person. */
    static final String MIDDLE_OF_NAMES = "kafo";
    /**
     * Found inside three first names (Julian, Lillian, Eliana): tens of thousands of matches that all sort
     * together, the slowest kind of search for a list in name order.
     */
    static final String CLUSTERED = "lian";
    /** Found only in first names that sort last of all (Zoe, Zoey): the walk through the name order is longest. */
    static final String SORTS_LAST = "zoe";

    private static final Logger log = LoggerFactory.getLogger(ScaleData.class);

    private static final String FIRST_NAMES = "'{Olivia,Liam,Emma,Noah,Amelia,Oliver,Ava,Elijah,Sophia,Mateo,Isabella,Lucas,"
            + "Mia,Levi,Evelyn,Asher,Harper,James,Luna,Leo,Camila,Grayson,Gianna,Ezra,Elizabeth,Luca,Eleanor,Ethan,Ella,"
            + "Aiden,Abigail,Wyatt,Sofia,Sebastian,Avery,Benjamin,Scarlett,Mason,Emily,Henry,Aria,Hudson,Penelope,Jack,"
            + "Chloe,Jackson,Layla,Owen,Mila,Daniel,Nora,Alexander,Hazel,Maverick,Madison,Kai,Ellie,Gabriel,Lily,Carter,"
            + "Nova,William,Isla,Logan,Grace,Michael,Violet,Samuel,Aurora,Muhammad,Riley,Waylon,Zoey,Ezekiel,Willow,Jayden,"
            + "Emilia,Luke,Stella,Lincoln,Zoe,Theo,Victoria,Jacob,Hannah,Josiah,Addison,David,Leah,Jaxon,Lucy,Elias,Eliana,"
            + "Julian,Ivy,Theodore,Everly,Isaiah,Lillian,Matthew,Paisley,Priya,Ravi,Aisha,Omar,Yuki,Hiro,Mei,Chen,Fatima,Ana}'";
    private static final String LAST_NAMES = "'{Smith,Johnson,Williams,Brown,Jones,Garcia,Miller,Davis,Rodriguez,Martinez,"
            + "Hernandez,Lopez,Gonzalez,Wilson,Anderson,Thomas,Taylor,Moore,Jackson,Martin,Lee,Perez,Thompson,White,Harris,"
            + "Sanchez,Clark,Ramirez,Lewis,Robinson,Walker,Young,Allen,King,Wright,Scott,Torres,Nguyen,Hill,Flores,Green,"
            + "Adams,Nelson,Baker,Hall,Rivera,Campbell,Mitchell,Carter,Roberts,Gomez,Phillips,Evans,Turner,Diaz,Parker,Cruz,"
            + "Edwards,Collins,Reyes,Stewart,Morris,Morales,Murphy,Cook,Rogers,Gutierrez,Ortiz,Morgan,Cooper,Peterson,Bailey,"
            + "Reed,Kelly,Howard,Ramos,Kim,Cox,Ward,Richardson,Watson,Brooks,Chavez,Wood,James,Bennett,Gray,Mendoza,Ruiz,"
            + "Hughes,Price,Alvarez,Castillo,Sanders,Patel,Myers,Long,Ross,Foster,Jimenez,Okafor,Schmidt,Novak,Rossi,Dubois}'";

    private ScaleData() {
    }

    static boolean exists(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select 1 from workspace where slug = ?")) {
            query.setString(1, SLUG);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    /**
     * Creates the workspace with {@code teammates} people: 92% active, 5% pending, 3% inactive; 2% of them
     * with an email at {@link #OTHER_DOMAIN}.
     */
    static void generate(Connection connection, int teammates, String adminPasswordHash) throws SQLException {
        long started = System.nanoTime();
        UUID workspace = UUID.randomUUID();
        connection.setAutoCommit(false);
        try (Statement sql = connection.createStatement()) {
            sql.execute("insert into workspace (id, name, slug) values ('" + workspace + "', 'Scale Test Clinic', '" + SLUG + "')");
            sql.execute("insert into location (workspace_id, name) select '" + workspace + "', 'Clinic ' || n "
                    + "from generate_series(1, " + LOCATIONS + ") n");
            for (BuiltInRole role : BuiltInRole.values()) {
                sql.execute("insert into role (workspace_id, name, description, built_in, name_seeded, description_seeded) "
                        + "values ('" + workspace + "', '" + role.displayName() + "', '" + role.description() + "', '"
                        + role.name() + "', true, true)");
                for (Permission permission : role.defaultPermissions()) {
                    sql.execute("insert into role_permission (workspace_id, role_id, permission) select '" + workspace
                            + "', id, '" + permission.name() + "' from role where workspace_id = '" + workspace
                            + "' and built_in = '" + role.name() + "'");
                }
            }
            log.info("Inserting {} accounts…", teammates);
            sql.execute("create temporary table scale_people on commit drop as "
                    + "select g, gen_random_uuid() as account_id, gen_random_uuid() as teammate_id,"
                    + " f.names[(1 + (g * 7919) % cardinality(f.names))::int] as first_name,"
                    + " l.names[(1 + (g * 104729) % cardinality(l.names))::int] as last_name,"
                    + " case when g % 100 < 92 then 'ACTIVE' when g % 100 < 97 then 'PENDING' else 'INACTIVE' end as status,"
                    + " (array['PROVIDER','PROVIDER','PROVIDER','FRONT_DESK','FRONT_DESK','BILLING_MANAGER','MEDICAL_DIRECTOR','ADMIN'])"
                    + "[(1 + (g * 31) % 8)::int] as built_in,"
                    + " 1 + (g * 13) % " + LOCATIONS + " as main_location, g % 3 = 0 as two_locations"
                    + " from generate_series(1::bigint, " + teammates + "::bigint) g,"
                    + " (select " + FIRST_NAMES + "::text[] as names) f, (select " + LAST_NAMES + "::text[] as names) l");
            sql.execute("insert into account (id, email, first_name, last_name, created_at) "
                    + "select account_id, lower(first_name || '.' || last_name || '.' || g || '@' "
                    + "|| case when g % 50 = 0 then '" + OTHER_DOMAIN + "' else 'scale.example' end), "
                    + "first_name, last_name, now() - interval '400 days' from scale_people");
            sql.execute("insert into account (email, first_name, last_name, password_hash) values ('" + ADMIN_EMAIL
                    + "', 'Scale', 'Admin', '" + adminPasswordHash + "')");
            log.info("Inserting {} teammates…", teammates);
            sql.execute("create temporary table scale_locations on commit drop as "
                    + "select id, row_number() over (order by name) as n from location where workspace_id = '" + workspace + "'");
            sql.execute("insert into teammate (id, workspace_id, account_id, role_id, status, works_as_provider, invited_at,"
                    + " activated_at, deactivated_at, status_changed_at, last_login_at, default_location_id) "
                    + "select p.teammate_id, '" + workspace + "', p.account_id, r.id, p.status,"
                    + " p.built_in in ('PROVIDER', 'MEDICAL_DIRECTOR'),"
                    + " now() - ((p.g % 700) || ' days')::interval,"
                    + " case when p.status <> 'PENDING' then now() - ((p.g % 690) || ' days')::interval end,"
                    + " case when p.status = 'INACTIVE' then now() - ((p.g % 30) || ' days')::interval end,"
                    + " now() - ((p.g % 690) || ' days')::interval + ((p.g % 1440) || ' minutes')::interval,"
                    + " case when p.status = 'ACTIVE' and p.g % 10 <> 0 then now() - ((p.g % 20000) || ' minutes')::interval end,"
                    + " l.id"
                    + " from scale_people p"
                    + " join role r on r.workspace_id = '" + workspace + "' and r.built_in = p.built_in"
                    + " join scale_locations l on l.n = p.main_location");
            sql.execute("insert into teammate_location (workspace_id, teammate_id, location_id) "
                    + "select '" + workspace + "', p.teammate_id, l.id from scale_people p "
                    + "join scale_locations l on l.n = p.main_location or (p.two_locations and l.n = 1 + p.main_location % "
                    + LOCATIONS + ")");
            sql.execute("insert into teammate (workspace_id, account_id, role_id, status, activated_at, status_changed_at, "
                    + "default_location_id) select '" + workspace + "', a.id, r.id, 'ACTIVE', now(), now(), l.id "
                    + "from account a, role r, scale_locations l where a.email = '" + ADMIN_EMAIL + "' and r.workspace_id = '"
                    + workspace + "' and r.built_in = 'ADMIN' and l.n = 1");
            sql.execute("insert into teammate_location (workspace_id, teammate_id, location_id) "
                    + "select t.workspace_id, t.id, t.default_location_id from teammate t join account a on a.id = t.account_id "
                    + "where a.email = '" + ADMIN_EMAIL + "'");
            log.info("Committing (the deferred default-location check runs now)…");
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
        try (Statement sql = connection.createStatement()) {
            log.info("Vacuuming and analysing…");
            sql.execute("vacuum analyze account, teammate, teammate_location, teammate_tally");
        }
        log.info("Generated {} teammates in {} s", teammates, (System.nanoTime() - started) / 1_000_000_000);
    }
}
