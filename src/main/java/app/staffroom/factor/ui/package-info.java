/** Enrolling and using second factors, and the Security overview of a practice. */
@NullMarked
package app.staffroom.factor.ui;

import org.jspecify.annotations.NullMarked;
