@NullMarked
package app.staffroom.password;

import org.jspecify.annotations.NullMarked;
