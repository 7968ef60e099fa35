@NullMarked
package app.staffroom.mail.ui;

import org.jspecify.annotations.NullMarked;
