@NullMarked
package app.staffroom.database;

import org.jspecify.annotations.NullMarked;
