package app.staffroom.invite.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.Goals;
import app.staffroom.base.ProviderRules;
import app.staffroom.base.ui.FieldRules;
import app.staffroom.base.ui.NumberInputs;
import app.staffroom.team.TeammateOption;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Optional;

/**
 * Step 3, for providers: supervision, smart booking, colour, capacity, scheduling step, goals and NPI,
 * checked with {@link ProviderRules}, the rules My profile applies when the provider later edits them.
 */
class ProviderStep extends WizardPage {

    private final Checkbox mdConsent = new Checkbox(text("invite.mdConsentRequired"));
    private final Select<TeammateOption> supervisor = new Select<>();
    private final Checkbox smartBooking = new Checkbox(text("invite.availableForSmartBooking"));
    private final TextField colour = new TextField(text("invite.appointmentColour"));
    private final IntegerField capacity = new IntegerField(text("invite.capacityAppointmentsAtATime"));
    private final IntegerField step = new IntegerField(text("invite.schedulingStepMinutes"));
    private final IntegerField perWeek = new IntegerField(text("invite.goalProceduresPerWeek"));
    private final IntegerField perMonth = new IntegerField(text("invite.goalProceduresPerMonth"));
    private final BigDecimalField salesPerMonth = new BigDecimalField(text("invite.goalSalesPerMonth"));
    private final TextField npi = new TextField("NPI");

    ProviderStep(WizardDraft draft) {
        super(draft);
        supervisor.setLabel(text("invite.supervisingMedicalDirector"));
        supervisor.setItemLabelGenerator(TeammateOption::name);
        supervisor.setEnabled(false);
        mdConsent.addValueChangeListener(event -> supervisor.setEnabled(event.getValue()));
        colour.setHelperText(text("invite.provider.colourHelp", ProviderRules.COLOUR_DEFAULT));
        NumberInputs.wholeNumber(capacity, ProviderRules.CAPACITY_MIN, ProviderRules.CAPACITY_MAX, ProviderRules.capacityRule());
        NumberInputs.schedulingStep(step);
        NumberInputs.goalCount(perWeek);
        NumberInputs.goalCount(perMonth);
        NumberInputs.salesGoal(salesPerMonth);
        npi.setHelperText(text("invite.optional10Digits"));

        binder.forField(mdConsent).bind(d -> d.mdConsentRequired, (d, value) -> d.mdConsentRequired = value);
        binder.forField(supervisor)
                .withValidator(FieldRules.check(value -> ProviderRules.supervisorProblem(mdConsent.getValue(), value)))
                .bind(d -> d.supervisor, (d, value) -> d.supervisor = value);
        binder.forField(smartBooking).bind(d -> d.availableForSmartBooking, (d, value) -> d.availableForSmartBooking = value);
        binder.forField(colour).withValidator(FieldRules.check(ProviderRules::colourProblem))
                .bind(d -> d.colour, (d, value) -> d.colour = value.strip());
        binder.forField(capacity).withValidator(FieldRules.check(ProviderRules::capacityProblem))
                .bind(d -> d.capacity, (d, value) -> d.capacity = value);
        binder.forField(step).withValidator(FieldRules.check(ProviderRules::stepProblem))
                .bind(d -> d.schedulingStep, (d, value) -> d.schedulingStep = value);
        binder.forField(perWeek).withValidator(FieldRules.readable(perWeek, Goals.countRule()))
                .withValidator(FieldRules.check(ProviderRules::proceduresGoalProblem))
                .bind(d -> d.proceduresPerWeek, (d, value) -> d.proceduresPerWeek = value);
        binder.forField(perMonth).withValidator(FieldRules.readable(perMonth, Goals.countRule()))
                .withValidator(FieldRules.check(ProviderRules::proceduresGoalProblem))
                .bind(d -> d.proceduresPerMonth, (d, value) -> d.proceduresPerMonth = value);
        binder.forField(salesPerMonth).withValidator(FieldRules.readable(salesPerMonth, Goals.salesRule()))
                .withValidator(FieldRules.check(ProviderRules::salesGoalProblem))
                .bind(d -> d.salesPerMonth, (d, value) -> d.salesPerMonth = value);
        binder.forField(npi).withValidator(FieldRules.check(ProviderRules::npiProblem))
                .bind(d -> d.npi, (d, value) -> d.npi = value.strip());
        startFromDraft();
        getContent().add(form(mdConsent, supervisor, smartBooking, colour, capacity, step, perWeek, perMonth,
                salesPerMonth, npi));
    }

    @Override
    Optional<Component> claim(String refusal, String message) {
        return refusal.equals("refusals.invite.supervisor") ? marked(supervisor, message) : Optional.empty();
    }

    /** The Medical Directors who may supervise, keeping the one chosen when they are still among them. */
    void offerSupervisors(List<TeammateOption> directors) {
        TeammateOption chosen = supervisor.getValue();
        supervisor.setItems(directors);
        supervisor.setValue(chosen != null && directors.contains(chosen) ? chosen : null);
    }
}
