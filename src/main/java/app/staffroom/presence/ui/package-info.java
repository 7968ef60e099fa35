@NullMarked
package app.staffroom.presence.ui;

import org.jspecify.annotations.NullMarked;
