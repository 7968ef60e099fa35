package app.staffroom.team;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** Where a row stands in every sort order; a page can start right after it (keyset paging). */
public record SortKey(String name, String email, String role, Instant lastLogin, Instant statusDate, UUID id)
        implements Serializable {

    Object[] values(TeammateSort sort) {
        return switch (sort) {
            case NAME -> new Object[] {name, id};
            case EMAIL -> new Object[] {email, id};
            case ROLE -> new Object[] {role, name, id};
            case LAST_LOGIN -> new Object[] {lastLogin, id};
            case STATUS_DATE -> new Object[] {statusDate, id};
        };
    }
}
