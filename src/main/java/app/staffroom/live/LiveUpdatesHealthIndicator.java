package app.staffroom.live;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health contributor {@code liveUpdates}, part of the readiness group: UP while this node's LISTEN
 * connection is open and has resynced, DOWN while it reconnects (its screens would miss changes then).
 */
@Component
class LiveUpdatesHealthIndicator implements HealthIndicator {

    private final LiveFeed feed;

    LiveUpdatesHealthIndicator(LiveFeed feed) {
        this.feed = feed;
    }

    @Override
    public Health health() {
        return feed.listening()
                ? Health.up().withDetail("reconnects", feed.reconnects()).build()
                : Health.down().withDetail("reason", "the live-update connection to PostgreSQL is down; reconnecting")
                        .withDetail("reconnects", feed.reconnects()).build();
    }
}
