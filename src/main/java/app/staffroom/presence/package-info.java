@NullMarked
package app.staffroom.presence;

import org.jspecify.annotations.NullMarked;
