package app.staffroom.profile.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.Goals;
import app.staffroom.base.ProviderRules;
import app.staffroom.base.ui.FieldRules;
import app.staffroom.base.ui.NumberInputs;
import app.staffroom.profile.ProviderProfile;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableConsumer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The provider's booking profile on their own page, checked by a {@code Binder} with {@link ProviderRules},
 * the rules the wizard applied when the provider was invited; the administrator's fields are shown
 * elsewhere, read-only.
 */
class ProviderForm extends Composite<Div> {

    /** What the form edits; written by the binder once every field passes. */
    private static final class Fields {
        String displayName = "";
        String displayTitle = "";
        String bio = "";
        String npi = "";
        String taxonomyCode = "";
        String colour = ProviderRules.COLOUR_DEFAULT;
        @Nullable Integer capacity;
        @Nullable Integer schedulingStep;
        boolean smartBooking;
        @Nullable Integer goalPerWeek;
        @Nullable Integer goalPerMonth;
        @Nullable BigDecimal goalSales;
    }

    private final TextField displayName = new TextField(text("profile.displayName"));
    private final TextField displayTitle = new TextField(text("profile.displayTitle"));
    private final TextArea bio = new TextArea(text("profile.bioShownToPatientsAsPlain"));
    private final TextField npi = new TextField("NPI");
    private final TextField taxonomyCode = new TextField(text("profile.taxonomyCode"));
    private final TextField colour = new TextField(text("profile.appointmentColour"));
    private final Div colourPreview = new Div();
    private final Paragraph colourWarning = new Paragraph();
    private final IntegerField capacity = new IntegerField(text("profile.capacity"));
    private final IntegerField schedulingStep = new IntegerField(text("profile.schedulingStepMinutes"));
    private final Checkbox smartBooking = new Checkbox(text("profile.availableForSmartBooking"));
    private final IntegerField goalPerWeek = new IntegerField(text("profile.goalProceduresPerWeek"));
    private final IntegerField goalPerMonth = new IntegerField(text("profile.goalProceduresPerMonth"));
    private final BigDecimalField goalSales = new BigDecimalField(text("profile.goalSalesPerMonth"));
    private final Binder<Fields> binder = new Binder<>();
    private @Nullable ProviderProfile shown;

    ProviderForm(SerializableConsumer<ProviderProfile> onSave, SerializableConsumer<String> onColourChange) {
        FieldRules.counted(displayName, ProviderRules.DISPLAY_MAX);
        FieldRules.counted(displayTitle, ProviderRules.DISPLAY_MAX);
        FieldRules.counted(bio, ProviderRules.BIO_MAX);
        colour.setPlaceholder(ProviderRules.COLOUR_DEFAULT);
        colour.setValueChangeMode(ValueChangeMode.LAZY);
        colour.addValueChangeListener(event -> {
            showColour(event.getValue());
            onColourChange.accept(event.getValue());
        });
        colourPreview.addClassName("colour-preview");
        colourWarning.addClassName("form-warning");
        colourWarning.setVisible(false);
        capacity.setHelperText(text("profile.appointmentsAtOnce"));
        NumberInputs.wholeNumber(capacity, ProviderRules.CAPACITY_MIN, ProviderRules.CAPACITY_MAX, ProviderRules.capacityRule());
        capacity.setStepButtonsVisible(true);
        NumberInputs.schedulingStep(schedulingStep);
        NumberInputs.goalCount(goalPerWeek);
        NumberInputs.goalCount(goalPerMonth);
        NumberInputs.salesGoal(goalSales);
        bind();

        Button save = new Button(text("profile.saveProviderProfile"), click -> save(onSave));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div colourRow = new Div(colour, colourPreview);
        colourRow.addClassName("colour-row");
        getContent().add(new H2(text("profile.providerProfile")), new Div(displayName, displayTitle), bio, new Div(npi, taxonomyCode),
                colourRow, colourWarning, new Div(capacity, schedulingStep), smartBooking,
                new Div(goalPerWeek, goalPerMonth, goalSales), save);
        getContent().addClassNames("profile-section", "provider-form");
    }

    private void bind() {
        binder.forField(displayName).withValidator(FieldRules.check(ProviderRules::displayNameProblem))
                .bind(f -> f.displayName, (f, value) -> f.displayName = value);
        binder.forField(displayTitle).withValidator(FieldRules.check(ProviderRules::displayTitleProblem))
                .bind(f -> f.displayTitle, (f, value) -> f.displayTitle = value);
        binder.forField(bio).withValidator(FieldRules.check(ProviderRules::bioProblem))
                .bind(f -> f.bio, (f, value) -> f.bio = value);
        binder.forField(npi).withValidator(FieldRules.check(ProviderRules::npiProblem))
                .bind(f -> f.npi, (f, value) -> f.npi = value);
        binder.forField(taxonomyCode).withValidator(FieldRules.check(ProviderRules::taxonomyProblem))
                .bind(f -> f.taxonomyCode, (f, value) -> f.taxonomyCode = value);
        binder.forField(colour).withValidator(FieldRules.check(ProviderRules::colourProblem))
                .bind(f -> f.colour, (f, value) -> f.colour = value.strip());
        binder.forField(capacity).withValidator(FieldRules.check(ProviderRules::capacityProblem))
                .bind(f -> f.capacity, (f, value) -> f.capacity = value);
        binder.forField(schedulingStep).withValidator(FieldRules.check(ProviderRules::stepProblem))
                .bind(f -> f.schedulingStep, (f, value) -> f.schedulingStep = value);
        binder.forField(smartBooking).bind(f -> f.smartBooking, (f, value) -> f.smartBooking = value);
        binder.forField(goalPerWeek).withValidator(FieldRules.readable(goalPerWeek, Goals.countRule()))
                .withValidator(FieldRules.check(ProviderRules::proceduresGoalProblem))
                .bind(f -> f.goalPerWeek, (f, value) -> f.goalPerWeek = value);
        binder.forField(goalPerMonth).withValidator(FieldRules.readable(goalPerMonth, Goals.countRule()))
                .withValidator(FieldRules.check(ProviderRules::proceduresGoalProblem))
                .bind(f -> f.goalPerMonth, (f, value) -> f.goalPerMonth = value);
        binder.forField(goalSales).withValidator(FieldRules.readable(goalSales, Goals.salesRule()))
                .withValidator(FieldRules.check(ProviderRules::salesGoalProblem))
                .bind(f -> f.goalSales, (f, value) -> f.goalSales = value);
    }

    void show(ProviderProfile profile) {
        shown = profile;
        Fields fields = new Fields();
        fields.displayName = profile.displayName();
        fields.displayTitle = profile.displayTitle();
        fields.bio = profile.bio();
        fields.npi = profile.npi();
        fields.taxonomyCode = profile.taxonomyCode();
        fields.colour = profile.appointmentColour();
        fields.capacity = profile.capacity();
        fields.schedulingStep = profile.schedulingStepMinutes();
        fields.smartBooking = profile.availableForSmartBooking();
        fields.goalPerWeek = profile.goalProceduresPerWeek();
        fields.goalPerMonth = profile.goalProceduresPerMonth();
        fields.goalSales = profile.goalSalesPerMonth();
        binder.readBean(fields);
        showColour(profile.appointmentColour());
    }

    void showColourNeighbours(List<String> providers) {
        colourWarning.setVisible(!providers.isEmpty());
        colourWarning.setText(text("profile.colourNeighbours", String.join(", ", providers)));
    }

    private void showColour(String value) {
        colourPreview.getStyle().set("background-color", ProviderRules.isColour(value) ? value : "transparent");
    }

    /** Every problem shows on its field and nothing is sent; an empty number field is refused, never guessed. */
    private void save(SerializableConsumer<ProviderProfile> onSave) {
        ProviderProfile current = Objects.requireNonNull(shown);
        Fields fields = new Fields();
        if (!FieldRules.writeOrShowFirstProblem(binder, fields)) {
            return;
        }
        onSave.accept(new ProviderProfile(fields.displayName, fields.displayTitle, fields.bio, fields.npi,
                fields.taxonomyCode, fields.colour, Objects.requireNonNull(fields.capacity),
                Objects.requireNonNull(fields.schedulingStep), fields.smartBooking, fields.goalPerWeek, fields.goalPerMonth,
                fields.goalSales, current.mdConsentRequired(), current.supervisor()));
    }
}
