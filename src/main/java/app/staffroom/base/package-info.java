@NullMarked
package app.staffroom.base;

import org.jspecify.annotations.NullMarked;
