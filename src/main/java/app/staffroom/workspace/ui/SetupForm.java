package app.staffroom.workspace.ui;

import app.staffroom.base.ContactRules;
import app.staffroom.base.ui.FieldRules;
import app.staffroom.location.LocationNames;
import app.staffroom.security.PasswordPolicy;
import app.staffroom.workspace.NewPractice;
import app.staffroom.workspace.PracticeOwner;
import app.staffroom.workspace.PracticeRules;
import app.staffroom.workspace.PracticeRules.Country;
import app.staffroom.workspace.SetupSuggestions;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableFunction;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The fields of the first-run setup, each checked on its own field with the rule sets the service uses
 * ({@link PracticeRules}, {@link LocationNames}, {@link ContactRules}, the password acceptance rules).
 */
class SetupForm extends Div {

    /** What the form holds once every field passes. */
    record Filled(NewPractice practice, PracticeOwner owner, String password) {
    }

    private static final class Typed {
        String name = "";
        String slug = "";
        @Nullable String country;
        @Nullable String timeZone;
        String location = "";
        String firstName = "";
        String lastName = "";
        String email = "";
        String password = "";
        String repeat = "";
    }

    final TextField name = new TextField("Practice name");
    final TextField slug = new TextField("Booking-page address");
    final ComboBox<Country> country = new ComboBox<>("Country");
    final ComboBox<String> timeZone = new ComboBox<>("Time zone");
    final TextField location = new TextField("First clinic");
    final TextField firstName = new TextField("First name");
    final TextField lastName = new TextField("Last name");
    final TextField email = FieldRules.emailField("Email");
    final PasswordField password = new PasswordField("Password");
    final PasswordField repeat = new PasswordField("Repeat the password");

    private final Binder<Typed> binder = new Binder<>();
    private final String bookingPages;
    private boolean slugTyped;

    /**
     * {@code publicUrl}: where the booking page will be, to show it under its address;
     * {@code passwordProblems}: the acceptance rules for a password of the owner being typed.
     */
    SetupForm(String publicUrl, SerializableFunction<PasswordCheck, List<String>> passwordProblems) {
        this.bookingPages = (publicUrl.endsWith("/") ? publicUrl : publicUrl + "/") + "book/";
        addClassName("setup-form");
        practiceFields();
        ownerFields();
        FormLayout practice = layout();
        practice.add(name, slug, country, timeZone, location);
        FormLayout owner = layout();
        owner.add(firstName, lastName, email, password, repeat);
        owner.setColspan(email, 2);
        add(new H2("Your practice"), practice, new H2("You, its owner"), owner);

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
        binder.forField(firstName).withValidator(FieldRules.check(ContactRules::firstNameProblem))
                .bind(t -> t.firstName, (t, value) -> t.firstName = value);
        binder.forField(lastName).withValidator(FieldRules.check(ContactRules::lastNameProblem))
                .bind(t -> t.lastName, (t, value) -> t.lastName = value);
        binder.forField(email).withValidator(FieldRules.check(ContactRules::emailProblem))
                .bind(t -> t.email, (t, value) -> t.email = value);
        binder.forField(password).withValidator(FieldRules.check(typed -> {
                    List<String> problems = passwordProblems.apply(new PasswordCheck(typed, owner()));
                    return problems.isEmpty() ? null : String.join(" ", problems);
                }))
                .bind(t -> t.password, (t, value) -> t.password = value);
        binder.forField(repeat).withValidator(FieldRules.check(typed -> typed.equals(password.getValue()) ? null
                        : "The two passwords are not the same."))
                .bind(t -> t.repeat, (t, value) -> t.repeat = value);
        binder.readBean(new Typed());
    }

    /** A password being typed, with the owner it is for. */
    record PasswordCheck(String password, PracticeOwner owner) {
    }

    /** The values when every field passes; null otherwise, each problem then shown on its field. */
    @Nullable Filled filled() {
        Typed typed = new Typed();
        if (!binder.writeBeanIfValid(typed)) {
            return null;
        }
        return new Filled(new NewPractice(typed.name, typed.slug, typed.country, typed.timeZone, typed.location),
                owner(), typed.password);
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

    private PracticeOwner owner() {
        return new PracticeOwner(firstName.getValue(), lastName.getValue(), email.getValue());
    }

    private void practiceFields() {
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.addValueChangeListener(event -> {
            if (!slugTyped) {
                slug.setValue(SetupSuggestions.slug(event.getValue()));
            }
        });
        slug.setValueChangeMode(ValueChangeMode.LAZY);
        slug.getElement().setAttribute("autocapitalize", "none");
        slug.getElement().setAttribute("spellcheck", "false");
        slug.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                // Emptied by the person: the suggestion from the name comes back.
                slugTyped = !event.getValue().isBlank();
            }
            slug.setHelperText("Your booking page: " + bookingPages + (event.getValue().isBlank() ? "…" : event.getValue()));
        });
        slug.setHelperText("Your booking page: " + bookingPages + "…");
        country.setItems(PracticeRules.countries());
        country.setItemLabelGenerator(Country::name);
        country.setHelperText("Gives the phone numbers' region and the currency.");
        country.addValueChangeListener(event -> country.setHelperText(event.getValue() == null
                ? "Gives the phone numbers' region and the currency."
                : "Phone numbers without a country code are read as numbers of " + event.getValue().name()
                        + "; prices are in " + event.getValue().currency().getCurrencyCode() + " ("
                        + event.getValue().currency().getDisplayName(java.util.Locale.ENGLISH) + ")."));
        timeZone.setItems(PracticeRules.timeZones());
        timeZone.setHelperText("Every date and time is shown in this zone.");
        location.setHelperText("Add more clinics later under Locations.");
    }

    private void ownerFields() {
        firstName.setAutocomplete(Autocomplete.GIVEN_NAME);
        lastName.setAutocomplete(Autocomplete.FAMILY_NAME);
        email.setHelperText("You sign in with this address.");
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        // No maxlength: the browser would cut a longer pasted password short without a word; the rules refuse it.
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters; a few unrelated words work well.");
        password.setValueChangeMode(ValueChangeMode.ON_CHANGE);
    }

    private static FormLayout layout() {
        FormLayout layout = new FormLayout();
        layout.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
        return layout;
    }
}
