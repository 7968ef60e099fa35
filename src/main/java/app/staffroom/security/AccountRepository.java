package app.staffroom.security;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.r2dbc.repository.Modifying;
import org.springframework.data.r2dbc.repository.Query;
import org.springframework.data.repository.reactive.ReactiveCrudRepository;
import reactor.core.publisher.Mono;

interface AccountRepository extends ReactiveCrudRepository<AccountRow, UUID> {

    @Query("select * from account where lower(email) = lower(:email)")
    Mono<AccountRow> findByEmail(String email);

    /** Counts one more failure; the hourly window restarts when the previous one is over. */
    @Query("""
            update account set
                   consecutive_failed_logins = consecutive_failed_logins + 1,
                   failures_in_window = case when failure_window_started_at is null
                                               or failure_window_started_at <= :now - interval '1 hour'
                                             then 1 else failures_in_window + 1 end,
                   failure_window_started_at = case when failure_window_started_at is null
                                                      or failure_window_started_at <= :now - interval '1 hour'
                                                    then :now else failure_window_started_at end
             where id = :id
            returning *
            """)
    Mono<AccountRow> countFailure(UUID id, Instant now);

    @Modifying
    @Query("update account set locked_until = :lockedUntil where id = :id")
    Mono<Integer> lockUntil(UUID id, @Nullable Instant lockedUntil);

    @Modifying
    @Query("""
            update account set consecutive_failed_logins = 0, locked_until = null, last_login_at = :now
             where id = :id
            """)
    Mono<Integer> recordSuccess(UUID id, Instant now);
}
