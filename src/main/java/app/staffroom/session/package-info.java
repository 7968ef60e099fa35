@NullMarked
package app.staffroom.session;

import org.jspecify.annotations.NullMarked;
