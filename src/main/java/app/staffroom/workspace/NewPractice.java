package app.staffroom.workspace;

/**
 * A practice to create, as typed (see {@link PracticeRules}): its name, booking-page address, country
 * (ISO 3166-1 alpha-2, which gives the phone region and the currency), IANA time zone and first clinic.
 */
public record NewPractice(String name, String slug, String country, String timeZone, String locationName) {
}
