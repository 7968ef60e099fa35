package app.staffroom.profile.ui;

import app.staffroom.base.Goals;
import app.staffroom.base.ui.NumberInputs;
import app.staffroom.profile.ProfileRules;
import app.staffroom.profile.ProviderProfile;
import com.vaadin.flow.component.AbstractSinglePropertyField;
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
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The provider's booking profile on their own page; the administrator's fields are shown elsewhere, read-only. */
class ProviderForm extends Composite<Div> {

    private final TextField displayName = new TextField("Display name");
    private final TextField displayTitle = new TextField("Display title");
    private final TextArea bio = new TextArea("Bio (shown to patients as plain text)");
    private final TextField npi = new TextField("NPI");
    private final TextField taxonomyCode = new TextField("Taxonomy code");
    private final TextField colour = new TextField("Appointment colour");
    private final Div colourPreview = new Div();
    private final Paragraph colourWarning = new Paragraph();
    private final IntegerField capacity = new IntegerField("Capacity");
    private final IntegerField schedulingStep = new IntegerField("Scheduling step (minutes)");
    private final Checkbox smartBooking = new Checkbox("Available for smart booking");
    private final IntegerField goalPerWeek = new IntegerField("Goal: procedures per week");
    private final IntegerField goalPerMonth = new IntegerField("Goal: procedures per month");
    private final BigDecimalField goalSales = new BigDecimalField("Goal: sales per month");
    private @Nullable ProviderProfile shown;

    ProviderForm(SerializableConsumer<ProviderProfile> onSave, SerializableConsumer<String> onColourChange) {
        displayName.setMaxLength(ProfileRules.DISPLAY_MAX);
        displayTitle.setMaxLength(ProfileRules.DISPLAY_MAX);
        bio.setMaxLength(ProfileRules.BIO_MAX);
        bio.setValueChangeMode(ValueChangeMode.EAGER);
        bio.addValueChangeListener(event -> bio.setHelperText(event.getValue().length() + " / " + ProfileRules.BIO_MAX));
        npi.setMaxLength(10);
        taxonomyCode.setMaxLength(10);
        colour.setMaxLength(7);
        colour.setPlaceholder("#0F766E");
        colour.setValueChangeMode(ValueChangeMode.LAZY);
        colour.addValueChangeListener(event -> {
            showColour(event.getValue());
            onColourChange.accept(event.getValue());
        });
        colourPreview.addClassName("colour-preview");
        colourWarning.addClassName("form-warning");
        colourWarning.setVisible(false);
        capacity.setHelperText("Appointments at once");
        capacity.setMin(1);
        capacity.setMax(20);
        capacity.setStepButtonsVisible(true);
        schedulingStep.setMin(5);
        schedulingStep.setMax(60);
        schedulingStep.setStep(5);
        schedulingStep.setStepButtonsVisible(true);
        NumberInputs.goalCount(goalPerWeek);
        NumberInputs.goalCount(goalPerMonth);
        NumberInputs.salesGoal(goalSales);

        Button save = new Button("Save provider profile", click -> save(onSave));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div colourRow = new Div(colour, colourPreview);
        colourRow.addClassName("colour-row");
        getContent().add(new H2("Provider profile"), new Div(displayName, displayTitle), bio, new Div(npi, taxonomyCode),
                colourRow, colourWarning, new Div(capacity, schedulingStep), smartBooking,
                new Div(goalPerWeek, goalPerMonth, goalSales), save);
        getContent().addClassNames("profile-section", "provider-form");
    }

    void show(ProviderProfile profile) {
        shown = profile;
        displayName.setValue(profile.displayName());
        displayTitle.setValue(profile.displayTitle());
        bio.setValue(profile.bio());
        npi.setValue(profile.npi());
        taxonomyCode.setValue(profile.taxonomyCode());
        colour.setValue(profile.appointmentColour());
        showColour(profile.appointmentColour());
        capacity.setValue(profile.capacity());
        schedulingStep.setValue(profile.schedulingStepMinutes());
        smartBooking.setValue(profile.availableForSmartBooking());
        goalPerWeek.setValue(profile.goalProceduresPerWeek());
        goalPerMonth.setValue(profile.goalProceduresPerMonth());
        goalSales.setValue(profile.goalSalesPerMonth());
    }

    void showColourNeighbours(List<String> providers) {
        colourWarning.setVisible(!providers.isEmpty());
        colourWarning.setText("Hard to tell apart in the calendar from " + String.join(", ", providers)
                + ". You can keep it, or choose a more distinct colour.");
    }

    private void showColour(String value) {
        boolean valid = value.matches("#[0-9a-fA-F]{6}");
        colourPreview.getStyle().set("background-color", valid ? value : "transparent");
    }

    private void save(SerializableConsumer<ProviderProfile> onSave) {
        ProviderProfile current = Objects.requireNonNull(shown);
        if (NumberInputs.anyUnreadable(Map.<AbstractSinglePropertyField<?, ?>, String>of(capacity, "Between 1 and 20 appointments at once.",
                schedulingStep, "Between 5 and 60 minutes, in steps of 5.", goalPerWeek, Goals.COUNT_RULE,
                goalPerMonth, Goals.COUNT_RULE, goalSales, Goals.SALES_RULE))) {
            return;
        }
        // An empty number field counts as a missing value; it is refused below rather than guessed.
        ProviderProfile changed = new ProviderProfile(displayName.getValue(), displayTitle.getValue(), bio.getValue(),
                npi.getValue(), taxonomyCode.getValue(), colour.getValue().strip(),
                capacity.getValue() == null ? 0 : capacity.getValue(),
                schedulingStep.getValue() == null ? 0 : schedulingStep.getValue(),
                smartBooking.getValue(), goalPerWeek.getValue(), goalPerMonth.getValue(), goalSales.getValue(),
                current.mdConsentRequired(), current.supervisor());
        Map<String, String> problems = ProfileRules.providerProblems(changed);
        MyProfileView.mark(displayName, problems.get("displayName"));
        MyProfileView.mark(displayTitle, problems.get("displayTitle"));
        MyProfileView.mark(bio, problems.get("bio"));
        MyProfileView.mark(npi, problems.get("npi"));
        MyProfileView.mark(taxonomyCode, problems.get("taxonomyCode"));
        MyProfileView.mark(colour, problems.get("appointmentColour"));
        MyProfileView.mark(capacity, problems.get("capacity"));
        MyProfileView.mark(schedulingStep, problems.get("schedulingStep"));
        MyProfileView.mark(goalPerWeek, problems.get("goalProceduresPerWeek"));
        MyProfileView.mark(goalPerMonth, problems.get("goalProceduresPerMonth"));
        MyProfileView.mark(goalSales, problems.get("goalSalesPerMonth"));
        if (problems.isEmpty()) {
            onSave.accept(changed);
        }
    }
}
