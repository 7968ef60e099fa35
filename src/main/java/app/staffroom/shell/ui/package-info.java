@NullMarked
package app.staffroom.shell.ui;

import org.jspecify.annotations.NullMarked;
