@NullMarked
package app.staffroom.history;

import org.jspecify.annotations.NullMarked;
