@NullMarked
package app.staffroom.location.ui;

import org.jspecify.annotations.NullMarked;
