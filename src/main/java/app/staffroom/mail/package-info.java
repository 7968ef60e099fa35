@NullMarked
package app.staffroom.mail;

import org.jspecify.annotations.NullMarked;
