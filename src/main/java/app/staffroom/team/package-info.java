@NullMarked
package app.staffroom.team;

import org.jspecify.annotations.NullMarked;
