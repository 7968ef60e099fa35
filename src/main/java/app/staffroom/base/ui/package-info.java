@NullMarked
package app.staffroom.base.ui;

import org.jspecify.annotations.NullMarked;
