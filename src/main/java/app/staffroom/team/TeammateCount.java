package app.staffroom.team;

/**
 * How many teammates a filter matches. Counting stops at a cap: beyond it the number is a lower bound
 * ({@code exact} false) and the list grows as it is scrolled.
 */
public record TeammateCount(long value, boolean exact) {
}
