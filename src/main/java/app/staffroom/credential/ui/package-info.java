/** The Credentials screen, the credentials section of My profile and the booking-page rule in Settings. */
@NullMarked
package app.staffroom.credential.ui;

import org.jspecify.annotations.NullMarked;
