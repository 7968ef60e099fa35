package app.staffroom.base.ui;

import app.staffroom.base.Messages;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.AccessPeriod;
import app.staffroom.base.AccessPeriodRules;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.data.binder.Setter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The fields of an access period ({@link AccessPeriod}): the first day, the last day and an optional end time,
 * in the practice's days, checked by {@link AccessPeriodRules} through the form's {@code Binder} so that each
 * problem shows on its field. Used by the create-user wizard and the teammate drawer.
 */
public class AccessPeriodFields extends Composite<FormLayout> {

    private final DatePicker startsOn = new DatePicker(Messages.text("base.access.starts"));
    private final DatePicker endsOn = new DatePicker(Messages.text("base.access.ends"));
    private final TimePicker endsAt = new TimePicker(Messages.text("base.access.endsAt"));

    public AccessPeriodFields() {
        for (DatePicker day : new DatePicker[] {startsOn, endsOn}) {
            day.setMin(AccessPeriodRules.EARLIEST);
            day.setMax(AccessPeriodRules.LATEST);
            day.setClearButtonVisible(true);
            // One order that cannot be misread (3/2 is 3 Feb in one country and 2 Mar in another), as in the CSV import.
            day.setI18n(DatePickers.i18n().setDateFormat("yyyy-MM-dd")
                    .setMinErrorMessage(AccessPeriodRules.outOfRange()).setMaxErrorMessage(AccessPeriodRules.outOfRange())
                    .setBadInputErrorMessage(Messages.text("base.access.badDay")));
            day.setPlaceholder(Messages.text("base.access.dayPlaceholder"));
        }
        startsOn.setHelperText(Messages.text("base.access.startsHelp"));
        endsOn.setHelperText(Messages.text("base.access.endsHelp"));
        endsAt.setStep(Duration.ofMinutes(15));
        endsAt.setClearButtonVisible(true);
        endsAt.setHelperText(Messages.text("base.access.endsAtHelp"));
        endsAt.setI18n(new TimePicker.TimePickerI18n().setBadInputErrorMessage(Messages.text("base.access.badTime")));
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        getContent().add(startsOn, endsOn, endsAt);
    }

    /**
     * Binds the three fields to the period {@code get} reads and {@code set} writes.
     *
     * @param before        the period as it is (open for a new person): an end left unchanged is not refused for having passed
     * @param alreadyActive true for a person already active, whom a first day ahead would lock out
     */
    public <T> void bind(Binder<T> binder, ValueProvider<T, AccessPeriod> get, Setter<T, AccessPeriod> set,
                         SerializableSupplier<AccessPeriod> before, SerializableSupplier<Boolean> alreadyActive) {
        binder.forField(startsOn).withValidator(FieldRules.check(AccessPeriodRules::startProblem))
                .withValidator(FieldRules.check(day -> alreadyActive.get() && day != null
                        && !day.equals(before.get().startsOn())
                        && day.isAfter(LocalDate.now(PracticeTime.clock().zone())) ? AccessPeriodRules.startAheadForActive() : null))
                .bind(bean -> get.apply(bean).startsOn(),
                        (bean, day) -> set.accept(bean, new AccessPeriod(day, get.apply(bean).endsOn(), get.apply(bean).endsAt())));
        Binder.Binding<T, ?> end = binder.forField(endsOn)
                .withValidator(FieldRules.check(day -> AccessPeriodRules.endProblem(value(), before.get(), Instant.now(),
                        PracticeTime.clock().zone())))
                .bind(bean -> get.apply(bean).endsOn(),
                        (bean, day) -> set.accept(bean, new AccessPeriod(get.apply(bean).startsOn(), day, get.apply(bean).endsAt())));
        Binder.Binding<T, ?> time = binder.forField(endsAt).withValidator(FieldRules.check(at -> AccessPeriodRules.timeProblem(value())))
                .bind(bean -> get.apply(bean).endsAt(),
                        (bean, at) -> set.accept(bean, new AccessPeriod(get.apply(bean).startsOn(), get.apply(bean).endsOn(), at)));
        // Each field is weighed against the others: a change to one checks the others again once they were checked.
        startsOn.addValueChangeListener(changed -> {
            if (endsOn.isInvalid()) {
                end.validate();
            }
        });
        endsOn.addValueChangeListener(changed -> {
            if (endsAt.isInvalid()) {
                time.validate();
            }
        });
        endsAt.addValueChangeListener(changed -> {
            if (endsOn.isInvalid()) {
                end.validate();
            }
        });
    }

    /** The period the fields hold now. */
    public AccessPeriod value() {
        return new AccessPeriod(startsOn.getValue(), endsOn.getValue(), endsAt.getValue());
    }

    /** Shows {@code period}. */
    public void show(AccessPeriod period) {
        startsOn.setValue(period.startsOn());
        endsOn.setValue(period.endsOn());
        endsAt.setValue(period.endsAt());
        startsOn.setInvalid(false);
        endsOn.setInvalid(false);
        endsAt.setInvalid(false);
    }

    public void setReadOnly(boolean readOnly) {
        startsOn.setReadOnly(readOnly);
        endsOn.setReadOnly(readOnly);
        endsAt.setReadOnly(readOnly);
    }
}
