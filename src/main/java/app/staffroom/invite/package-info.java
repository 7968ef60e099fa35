@NullMarked
package app.staffroom.invite;

import org.jspecify.annotations.NullMarked;
