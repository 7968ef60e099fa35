@NullMarked
package app.staffroom.workspace.ui;

import org.jspecify.annotations.NullMarked;
