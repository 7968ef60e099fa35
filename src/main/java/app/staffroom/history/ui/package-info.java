@NullMarked
package app.staffroom.history.ui;

import org.jspecify.annotations.NullMarked;
