@NullMarked
package app.staffroom.role;

import org.jspecify.annotations.NullMarked;
