@NullMarked
package app.staffroom.password.ui;

import org.jspecify.annotations.NullMarked;
