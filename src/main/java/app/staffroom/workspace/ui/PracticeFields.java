package app.staffroom.workspace.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.Messages;
import app.staffroom.base.ui.FieldRules;
import app.staffroom.location.LocationNames;
import app.staffroom.workspace.NewPractice;
import app.staffroom.workspace.PracticeRules;
import app.staffroom.workspace.PracticeRules.Country;
import app.staffroom.workspace.SetupSuggestions;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a practice to create (the first-run setup, an operator's new practice), each checked on its
 * own field with {@link PracticeRules} and {@link LocationNames}: name, booking-page address (suggested from
 * the name until the person types one), country (which gives the phone region and currency), time zone and
 * first clinic.
 */
class PracticeFields {

    private static final class Typed {
        String name = "";
        String slug = "";
        @Nullable String country;
        @Nullable String timeZone;
        String location = "";
    }

    final TextField name = new TextField(text("workspace.practiceName"));
    final TextField slug = new TextField(text("workspace.bookingPageAddress"));
    final ComboBox<Country> country = new ComboBox<>(text("workspace.country"));
    final ComboBox<String> timeZone = new ComboBox<>(text("workspace.timeZone"));
    final TextField location = new TextField(text("workspace.firstClinic"));
    private final Binder<Typed> binder = new Binder<>();
    private final String bookingPages;
    private boolean slugTyped;
    private String suggested = "";

    /** {@code publicUrl}: where the booking page will be, to show it under its address. */
    PracticeFields(String publicUrl) {
        this.bookingPages = (publicUrl.endsWith("/") ? publicUrl : publicUrl + "/") + "book/";
        FieldRules.counted(name, PracticeRules.NAME_MAX);
        // The suggestion comes when the name is left, before anything is typed in the address; a lazy one could
        // arrive while the address is being typed and overwrite its first letters.
        name.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        name.addValueChangeListener(event -> {
            if (!slugTyped && (slug.getValue().isEmpty() || slug.getValue().equals(suggested))) {
                suggested = SetupSuggestions.slug(event.getValue());
                slug.setValue(suggested);
            }
        });
        slug.addFocusListener(focused -> slugTyped = slugTyped || !slug.getValue().equals(suggested));
        slug.setValueChangeMode(ValueChangeMode.LAZY);
        slug.getElement().setAttribute("autocapitalize", "none");
        slug.getElement().setAttribute("spellcheck", "false");
        slug.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                // Emptied by the person: the suggestion from the name comes back.
                slugTyped = !event.getValue().isBlank();
            }
            slug.setHelperText(text("workspace.practice.bookingPage", bookingPages + (event.getValue().isBlank() ? "…" : event.getValue())));
        });
        slug.setHelperText(text("workspace.practice.bookingPage", bookingPages + "…"));
        country.setItemLabelGenerator(choice -> choice.name(Messages.currentLocale()));
        country.setHelperText(text("workspace.givesThePhoneNumbersRegionAnd"));
        country.addValueChangeListener(event -> country.setHelperText(event.getValue() == null
                ? text("workspace.givesThePhoneNumbersRegionAnd")
                : text("workspace.practice.countryHelp", event.getValue().name(),
                        event.getValue().currency().getCurrencyCode(),
                        event.getValue().currency().getDisplayName(Messages.currentLocale()))));
        timeZone.setItemLabelGenerator(zone -> PracticeRules.timeZoneLabel(zone, Messages.currentLocale()));
        FieldRules.refuseUnlisted(country, PracticeRules.countries(Messages.currentLocale()));
        FieldRules.refuseUnlisted(timeZone, PracticeRules.timeZones());
        timeZone.setHelperText(text("workspace.everyDateAndTimeIsShown"));
        location.setHelperText(text("workspace.addMoreClinicsLaterUnderLocations"));

        binder.forField(name).withValidator(FieldRules.check(PracticeRules::nameProblem))
                .bind(t -> t.name, (t, value) -> t.name = value);
        binder.forField(slug).withValidator(FieldRules.check(PracticeRules::slugProblem))
                .bind(t -> t.slug, (t, value) -> t.slug = value);
        binder.forField(country).withValidator(FieldRules.check(chosen -> PracticeRules.countryProblem(
                        chosen == null ? null : chosen.code())))
                .bind(t -> t.country == null ? null : PracticeRules.country(t.country).orElse(null),
                        (t, value) -> t.country = value == null ? null : value.code());
        binder.forField(timeZone).withValidator(FieldRules.check(PracticeRules::timeZoneProblem))
                .bind(t -> t.timeZone, (t, value) -> t.timeZone = value);
        binder.forField(location).withValidator(FieldRules.check(LocationNames::problem))
                .bind(t -> t.location, (t, value) -> t.location = value);
        binder.readBean(new Typed());
    }

    /** The fields laid out two by two on wide screens, one below the other on narrow ones. */
    FormLayout layout() {
        FormLayout layout = twoColumns();
        layout.add(name, slug, country, timeZone, location);
        return layout;
    }

    /** The practice when every field passes; null otherwise, each problem then shown on its field. */
    @Nullable NewPractice practice() {
        Typed typed = new Typed();
        if (!binder.writeBeanIfValid(typed)) {
            return null;
        }
        return new NewPractice(typed.name, typed.slug, typed.country, typed.timeZone, typed.location);
    }

    /** A refusal from the service shown on its field (fields named as in {@code SetupRules.Field}); false for another field. */
    boolean showOnField(app.staffroom.base.FieldRefusedException refusal) {
        return FieldRules.showOnField(refusal, java.util.Map.of("PRACTICE_NAME", name, "SLUG", slug, "COUNTRY", country,
                "TIME_ZONE", timeZone, "LOCATION", location));
    }

    /** Empties every field for the next practice. */
    void clear() {
        slugTyped = false;
        suggested = "";
        binder.readBean(new Typed());
    }

    /**
     * The browser's time zone, chosen unless a zone is chosen already; the country follows it unless one is
     * chosen. A zone that is not in the list is left out.
     */
    void offerZone(@Nullable String zone) {
        if (zone == null || timeZone.getValue() != null || !PracticeRules.timeZones().contains(zone)) {
            return;
        }
        timeZone.setValue(zone);
        if (country.getValue() == null) {
            SetupSuggestions.country(zone).ifPresent(country::setValue);
        }
    }

    /** A form layout of one column on narrow screens and two from 32em. */
    static FormLayout twoColumns() {
        FormLayout layout = new FormLayout();
        layout.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
        return layout;
    }
}
