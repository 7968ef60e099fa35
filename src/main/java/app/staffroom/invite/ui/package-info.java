@NullMarked
package app.staffroom.invite.ui;

import org.jspecify.annotations.NullMarked;
