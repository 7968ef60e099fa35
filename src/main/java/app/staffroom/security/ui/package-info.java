@NullMarked
package app.staffroom.security.ui;

import org.jspecify.annotations.NullMarked;
