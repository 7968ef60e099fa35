@NullMarked
package app.staffroom.shell;

import org.jspecify.annotations.NullMarked;
