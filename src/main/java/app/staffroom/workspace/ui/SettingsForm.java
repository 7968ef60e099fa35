package app.staffroom.workspace.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.Messages;

import app.staffroom.base.FieldRefusedException;
import app.staffroom.base.ui.DecimalText;
import app.staffroom.base.ui.DurationField;
import app.staffroom.base.ui.FieldRules;
import app.staffroom.team.SeatUsage.SeatPlan;
import app.staffroom.workspace.MobileConfirmation;
import app.staffroom.workspace.PracticeRules;
import app.staffroom.workspace.PracticeRules.Country;
import app.staffroom.workspace.PracticeSettingsChange;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The practice's editable settings on one Binder, with the rules of {@link PracticeRules}: each problem shows
 * on its field, and {@link #read()} gives the change only when every field is fine.
 */
class SettingsForm extends Composite<FormLayout> {

    /** What the fields edit, until saved. */
    static final class Draft {
        String name = "";
        String slug = "";
        @Nullable Country country;
        @Nullable String timeZone;
        @Nullable Currency currency;
        @Nullable SeatPlan seatPlan;
        @Nullable BigDecimal monthlyPrice;
        @Nullable BigDecimal yearlyPrice;
        @Nullable Duration invitationLifetime;
        @Nullable Duration idleSignOut;
        @Nullable MobileConfirmation mobileConfirmation;
    }

    final TextField name = new TextField(text("workspace.practiceName"));
    final TextField slug = new TextField(text("workspace.bookingPageAddress"));
    final ComboBox<Country> country = new ComboBox<>(text("workspace.country"));
    final ComboBox<String> timeZone = new ComboBox<>(text("workspace.timeZone"));
    final ComboBox<Currency> currency = new ComboBox<>(text("workspace.currency"));
    final Select<SeatPlan> seatPlan = new Select<>();
    final TextField monthlyPrice = new TextField(text("workspace.pricePerSeatMonthly"));
    final TextField yearlyPrice = new TextField(text("workspace.pricePerSeatYearly"));
    final DurationField invitationLifetime = new DurationField(text("workspace.invitationLifetime"), List.of(ChronoUnit.HOURS, ChronoUnit.DAYS));
    final DurationField idleSignOut = new DurationField(text("workspace.idleSignOut"), List.of(ChronoUnit.MINUTES, ChronoUnit.HOURS));
    final RadioButtonGroup<MobileConfirmation> mobileConfirmation = new RadioButtonGroup<>(text("workspace.confirmTheMobileNumberAtAcceptance"));
    private final Binder<Draft> binder = new Binder<>();
    private final String bookingBase;

    /** @param bookingBase the start of every booking-page address, for example "https://staff.example/book/" */
    SettingsForm(String bookingBase, Duration idleMaximum) {
        setVisible(false);
        this.bookingBase = bookingBase;
        name.setId("practice-name");
        FieldRules.counted(name, PracticeRules.NAME_MAX);
        slug.setId("practice-slug");
        slug.setValueChangeMode(ValueChangeMode.EAGER);
        slug.addValueChangeListener(changed -> slug.setHelperText(bookingBase + changed.getValue()));
        country.setItemLabelGenerator(choice -> choice.name(Messages.currentLocale()));
        country.setHelperText(text("workspace.phoneNumbersTypedWithoutACountry"));
        timeZone.setItemLabelGenerator(zone -> PracticeRules.timeZoneLabel(zone, Messages.currentLocale()));
        FieldRules.refuseUnlisted(country, PracticeRules.countries(Messages.currentLocale()));
        FieldRules.refuseUnlisted(timeZone, PracticeRules.timeZones());
        FieldRules.refuseUnlisted(currency, PracticeRules.currencies());
        timeZone.setHelperText(text("workspace.everyDateAndTimeThePractice"));
        currency.setItemLabelGenerator(each -> each.getCurrencyCode() + " – " + each.getDisplayName(Messages.currentLocale()));
        seatPlan.setLabel(text("workspace.seatPlan"));
        seatPlan.setItems(SeatPlan.values());
        seatPlan.setItemLabelGenerator(Messages::label);
        invitationLifetime.setHelperText(text("workspace.from1HourTo30Days"));
        idleSignOut.setHelperText(PracticeRules.inLargestWholeUnit("workspace.settings.idleSignOutHelp", idleMaximum));
        mobileConfirmation.setItems(MobileConfirmation.values());
        mobileConfirmation.setItemLabelGenerator(Messages::label);
        mobileConfirmation.setHelperText(text("workspace.settings.mobileConfirmationHelp"));

        binder.forField(name).withValidator(FieldRules.check(PracticeRules::nameProblem))
                .bind(draft -> draft.name, (draft, value) -> draft.name = value);
        binder.forField(slug).withValidator(FieldRules.check(PracticeRules::slugProblem))
                .bind(draft -> draft.slug, (draft, value) -> draft.slug = value);
        binder.forField(country).withValidator(FieldRules.check(chosen -> PracticeRules.countryProblem(chosen == null ? null : chosen.code())))
                .bind(draft -> draft.country, (draft, value) -> draft.country = value);
        binder.forField(timeZone).withValidator(FieldRules.check(PracticeRules::timeZoneProblem))
                .bind(draft -> draft.timeZone, (draft, value) -> draft.timeZone = value);
        binder.forField(currency).withValidator(FieldRules.check(chosen -> PracticeRules.currencyProblem(chosen == null ? null : chosen.getCurrencyCode())))
                .bind(draft -> draft.currency, (draft, value) -> draft.currency = value);
        binder.forField(seatPlan).asRequired(text("workspace.chooseASeatPlan"))
                .bind(draft -> draft.seatPlan, (draft, value) -> draft.seatPlan = value);
        binder.forField(monthlyPrice).withConverter(new DecimalText(text("workspace.settings.priceFormat"), Messages.currentLocale()))
                .withValidator(FieldRules.check(price -> PracticeRules.priceProblem(price, chosenCurrency())))
                .bind(draft -> draft.monthlyPrice, (draft, value) -> draft.monthlyPrice = value);
        binder.forField(yearlyPrice).withConverter(new DecimalText(text("workspace.settings.priceFormat"), Messages.currentLocale()))
                .withValidator(FieldRules.check(price -> PracticeRules.priceProblem(price, chosenCurrency())))
                .bind(draft -> draft.yearlyPrice, (draft, value) -> draft.yearlyPrice = value);
        binder.forField(invitationLifetime).withValidator(FieldRules.check(lifetime -> invitationLifetime.unreadable()
                        ? text("workspace.settings.wholeNumber") : PracticeRules.invitationLifetimeProblem(lifetime)))
                .bind(draft -> draft.invitationLifetime, (draft, value) -> draft.invitationLifetime = value);
        binder.forField(idleSignOut).withValidator(FieldRules.check(idle -> idleSignOut.unreadable()
                        ? text("workspace.settings.wholeNumber") : PracticeRules.idleSignOutProblem(idle, idleMaximum)))
                .bind(draft -> draft.idleSignOut, (draft, value) -> draft.idleSignOut = value);
        binder.forField(mobileConfirmation).withValidator(FieldRules.check(PracticeRules::mobileConfirmationProblem))
                .bind(draft -> draft.mobileConfirmation, (draft, value) -> draft.mobileConfirmation = value);

        FormLayout form = getContent();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        H2 practice = new H2(text("workspace.practice"));
        H2 seats = new H2(text("workspace.seatPlan"));
        H2 access = new H2(text("workspace.invitationsAndSessions"));
        form.add(practice, 2);
        form.add(name, slug, country, timeZone);
        form.add(seats, 2);
        form.add(seatPlan, currency, monthlyPrice, yearlyPrice);
        form.add(access, 2);
        form.add(invitationLifetime, idleSignOut);
        form.add(mobileConfirmation, 2);
    }

    /** The currency chosen, whose decimals a price may have; null before one is chosen. */
    private @Nullable String chosenCurrency() {
        return currency.getValue() == null ? null : currency.getValue().getCurrencyCode();
    }

    /** Shows the settings as saved; nothing typed before is kept. */
    void show(PracticeSettingsChange saved) {
        Draft draft = new Draft();
        draft.name = saved.name();
        draft.slug = saved.slug();
        draft.country = PracticeRules.country(saved.country()).orElse(null);
        draft.timeZone = saved.timeZone();
        draft.currency = Currency.getInstance(saved.currency());
        draft.seatPlan = saved.seatPlan();
        draft.monthlyPrice = saved.monthlyPrice();
        draft.yearlyPrice = saved.yearlyPrice();
        draft.invitationLifetime = saved.invitationLifetime();
        draft.idleSignOut = saved.idleSignOut();
        draft.mobileConfirmation = saved.mobileConfirmation();
        binder.readBean(draft);
        slug.setHelperText(bookingBase + saved.slug());
        // Shown only with its values: choice fields rendered empty would report their empty start to the
        // server after it had filled them, and the server would then hold empty choices the screen does not show.
        setVisible(true);
    }

    /** True when something differs from the settings last shown. */
    boolean hasChanges() {
        return binder.hasChanges();
    }

    /** The change when every field is fine; empty (with each problem on its field) otherwise. */
    Optional<PracticeSettingsChange> read() {
        Draft draft = new Draft();
        if (!FieldRules.writeOrShowFirstProblem(binder, draft)) {
            return Optional.empty();
        }
        return Optional.of(new PracticeSettingsChange(draft.name, draft.slug, draft.country.code(), draft.timeZone,
                draft.currency.getCurrencyCode(), draft.seatPlan, draft.monthlyPrice, draft.yearlyPrice,
                draft.invitationLifetime, draft.idleSignOut, draft.mobileConfirmation));
    }

    /** A refusal from the service shown on the field it concerns. */
    boolean showOnField(FieldRefusedException refusal) {
        return FieldRules.showOnField(refusal, Map.ofEntries(Map.entry("name", name), Map.entry("slug", slug),
                Map.entry("country", country), Map.entry("timeZone", timeZone), Map.entry("currency", currency),
                Map.entry("seatPlan", seatPlan), Map.entry("monthlyPrice", monthlyPrice),
                Map.entry("yearlyPrice", yearlyPrice), Map.entry("invitationLifetime", invitationLifetime),
                Map.entry("idleSignOut", idleSignOut), Map.entry("mobileConfirmation", mobileConfirmation)));
    }
}
