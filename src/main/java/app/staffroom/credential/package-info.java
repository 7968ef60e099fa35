/**
 * Credentials and licences of providers: what each holds and until when, the reminders before expiry, the
 * practice's list of what expires or has lapsed, and the booking-page rule for lapsed required credentials.
 */
@NullMarked
package app.staffroom.credential;

import org.jspecify.annotations.NullMarked;
