@NullMarked
package app.staffroom;

import org.jspecify.annotations.NullMarked;
