package app.staffroom.team;

import java.util.Map;

/** What the team list shows above its rows: the current filter's count, each tab's count and the seats. */
public record TeammateOverview(TeammateCount count, Map<TeammateStatus, Long> tabs, SeatUsage seats) {
}
