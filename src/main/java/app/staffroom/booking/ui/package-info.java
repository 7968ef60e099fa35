@NullMarked
package app.staffroom.booking.ui;

import org.jspecify.annotations.NullMarked;
