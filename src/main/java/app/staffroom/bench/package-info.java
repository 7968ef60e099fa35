@NullMarked
package app.staffroom.bench;

import org.jspecify.annotations.NullMarked;
