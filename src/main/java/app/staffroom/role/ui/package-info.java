@NullMarked
package app.staffroom.role.ui;

import org.jspecify.annotations.NullMarked;
