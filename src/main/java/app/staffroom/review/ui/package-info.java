/** The Access reviews screens and the quarterly schedule's part of Settings. */
@NullMarked
package app.staffroom.review.ui;

import org.jspecify.annotations.NullMarked;
