@NullMarked
package app.staffroom.location;

import org.jspecify.annotations.NullMarked;
