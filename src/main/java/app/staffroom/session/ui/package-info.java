@NullMarked
package app.staffroom.session.ui;

import org.jspecify.annotations.NullMarked;
