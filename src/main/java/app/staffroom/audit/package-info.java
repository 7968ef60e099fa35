@NullMarked
package app.staffroom.audit;

import org.jspecify.annotations.NullMarked;
