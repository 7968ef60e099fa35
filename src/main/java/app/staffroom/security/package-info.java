@NullMarked
package app.staffroom.security;

import org.jspecify.annotations.NullMarked;
