@NullMarked
package app.staffroom.profile;

import org.jspecify.annotations.NullMarked;
