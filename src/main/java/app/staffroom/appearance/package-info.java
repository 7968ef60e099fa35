@NullMarked
package app.staffroom.appearance;

import org.jspecify.annotations.NullMarked;
