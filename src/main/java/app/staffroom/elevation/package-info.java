/**
 * Temporary elevation (break-glass): an administrator gives a teammate another role for a limited time, with a
 * reason, after re-entering their password; the previous role returns by itself at the end.
 */
@NullMarked
package app.staffroom.elevation;

import org.jspecify.annotations.NullMarked;
