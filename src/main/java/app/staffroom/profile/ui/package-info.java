@NullMarked
package app.staffroom.profile.ui;

import org.jspecify.annotations.NullMarked;
