/**
 * Work the calendar drives (ends of access, reminders, dormant accounts, reviews): jobs that run on every
 * node through one clustered scheduler on PostgreSQL, each pass once in the cluster, catching up after downtime.
 */
@NullMarked
package app.staffroom.schedule;

import org.jspecify.annotations.NullMarked;
