/**
 * Access reviews: a frozen list of who has what, each row kept, changed or deactivated by the reviewer it is
 * given to, and a report of the decisions that is kept for good; also started by itself every quarter.
 */
@NullMarked
package app.staffroom.review;

import org.jspecify.annotations.NullMarked;
