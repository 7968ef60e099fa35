@NullMarked
package app.staffroom.audit.ui;

import org.jspecify.annotations.NullMarked;
