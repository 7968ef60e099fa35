@NullMarked
package app.staffroom.live;

import org.jspecify.annotations.NullMarked;
