/** The elevation dialog in a teammate's drawer, and the banner on the elevated person's screens. */
@NullMarked
package app.staffroom.elevation.ui;

import org.jspecify.annotations.NullMarked;
