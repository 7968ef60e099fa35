/**
 * Running Staffroom as a service: what a container platform calls from outside the application, such as the
 * health check of the container image.
 */
@NullMarked
package app.staffroom.ops;

import org.jspecify.annotations.NullMarked;
