@NullMarked
package app.staffroom.workspace;

import org.jspecify.annotations.NullMarked;
