@NullMarked
package app.staffroom.team.ui;

import org.jspecify.annotations.NullMarked;
