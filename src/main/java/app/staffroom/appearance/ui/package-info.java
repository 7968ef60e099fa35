@NullMarked
package app.staffroom.appearance.ui;

import org.jspecify.annotations.NullMarked;
