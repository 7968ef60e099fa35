package app.staffroom.testing;

import app.staffroom.security.Actor;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/** The demo data set as tests know it, and its actors looked up from the database. */
@Component
public final class Demo {

    public static final String PASSWORD = "harbour-demo-2026";
    public static final String HARBOUR = "Harbour Aesthetics";
    public static final String NORTHSIDE = "Northside Physio";

    /** Admin of both workspaces. */
    public static final String OLIVIA_ADMIN = "olivia.bennett@harbour.example";
    public static final String GRACE_FRONT_DESK = "grace.turner@harbour.example";
    public static final String JAMES_BILLING = "james.carter@harbour.example";
    public static final String MIA_INACTIVE = "mia.rossi@harbour.example";
    public static final String ETHAN_PENDING = "ethan.brooks@harbour.example";
    public static final String HENRY_FRONT_DESK = "henry.walsh@harbour.example";
    public static final String NOAH_NORTHSIDE = "noah.fischer@northside.example";

    private static final Duration TIME_LIMIT = Duration.ofSeconds(10);

    private final DatabaseClient db;

    public Demo(DatabaseClient db) {
        this.db = db;
    }

    public UUID workspaceId(String workspaceName) {
        return db.sql("select id from workspace where name = :name").bind("name", workspaceName)
                .map(row -> row.get("id", UUID.class)).one().block(TIME_LIMIT);
    }

    /** The actor of {@code email} in {@code workspaceName}, whatever the teammate's status. */
    public Actor actor(String email, String workspaceName) {
        return db.sql("""
                        select a.id as account_id, t.workspace_id, t.id as teammate_id
                          from teammate t join account a on a.id = t.account_id join workspace w on w.id = t.workspace_id
                         where lower(a.email) = lower(:email) and w.name = :workspace
                        """)
                .bind("email", email).bind("workspace", workspaceName)
                .map(row -> new Actor(row.get("account_id", UUID.class), row.get("workspace_id", UUID.class),
                        row.get("teammate_id", UUID.class)))
                .one().block(TIME_LIMIT);
    }

    /** The emails of the workspace's active teammates, straight from the tables. */
    public List<String> activeTeammateEmails(String workspaceName) {
        return db.sql("""
                        select a.email from teammate t join account a on a.id = t.account_id
                          join workspace w on w.id = t.workspace_id where w.name = :workspace and t.status = 'ACTIVE'
                        """)
                .bind("workspace", workspaceName)
                .map(row -> row.get("email", String.class)).all().collectList().block(TIME_LIMIT);
    }
}
