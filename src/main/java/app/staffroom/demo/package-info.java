@NullMarked
package app.staffroom.demo;

import org.jspecify.annotations.NullMarked;
