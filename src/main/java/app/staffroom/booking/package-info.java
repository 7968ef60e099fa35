@NullMarked
package app.staffroom.booking;

import org.jspecify.annotations.NullMarked;
