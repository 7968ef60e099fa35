package app.staffroom.credential.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.Messages;

import app.staffroom.base.ui.DatePickers;
import app.staffroom.base.ui.FieldRules;
import app.staffroom.credential.CredentialDraft;
import app.staffroom.credential.CredentialRules;
import app.staffroom.credential.CredentialType;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A credential's fields, checked by a {@code Binder} with {@link CredentialRules}, the rules the service applies
 * again before storing. A date typed that is no date is refused on its field, never taken as empty.
 */
class CredentialForm extends Composite<Div> {

    /** What the form edits; written by the binder once every field passes. */
    private static final class Fields {
        @Nullable CredentialType type = CredentialType.PROFESSIONAL_LICENCE;
        String customType = "";
        String number = "";
        String issuer = "";
        @Nullable LocalDate issuedOn;
        @Nullable LocalDate expiresOn;
        boolean required;
    }

    final Select<CredentialType> type = new Select<>();
    final TextField customType = new TextField(text("credential.nameOfTheType"));
    final TextField number = new TextField(text("credential.number"));
    final TextField issuer = new TextField(text("credential.issuingBodyOrState"));
    final DatePicker issuedOn = datePicker(text("credential.issued"));
    final DatePicker expiresOn = datePicker(text("credential.expiresLastValidDay"));
    final Checkbox required = new Checkbox(text("credential.requiredForBooking"));
    private final Binder<Fields> binder = new Binder<>();

    CredentialForm() {
        type.setLabel(text("credential.type"));
        type.setItems(List.of(CredentialType.values()));
        type.setItemLabelGenerator(Messages::label);
        type.addValueChangeListener(event -> customType.setVisible(event.getValue() == CredentialType.CUSTOM));
        customType.setVisible(false);
        FieldRules.counted(customType, CredentialRules.CUSTOM_TYPE_MAX);
        FieldRules.counted(number, CredentialRules.NUMBER_MAX);
        FieldRules.counted(issuer, CredentialRules.ISSUER_MAX);
        issuer.setPlaceholder(text("credential.texasBoardOfNursing"));
        expiresOn.setHelperText(text("credential.leaveEmptyForACredentialThat"));
        required.setTooltipText(text("credential.form.requiredHelp"));
        binder.forField(type).asRequired(text("credential.chooseTheTypeOfCredential")).bind(f -> f.type, (f, value) -> f.type = value);
        binder.forField(customType)
                .withValidator(FieldRules.check(value -> CredentialRules.customTypeProblem(type.getValue(), value)))
                .bind(f -> f.customType, (f, value) -> f.customType = value);
        binder.forField(number).withValidator(FieldRules.check(CredentialRules::numberProblem))
                .bind(f -> f.number, (f, value) -> f.number = value);
        binder.forField(issuer).withValidator(FieldRules.check(CredentialRules::issuerProblem))
                .bind(f -> f.issuer, (f, value) -> f.issuer = value);
        binder.forField(issuedOn).withValidator(FieldRules.check(CredentialRules::issuedProblem))
                .bind(f -> f.issuedOn, (f, value) -> f.issuedOn = value);
        binder.forField(expiresOn)
                .withValidator(FieldRules.check(value -> CredentialRules.expiryProblem(issuedOn.getValue(), value)))
                .bind(f -> f.expiresOn, (f, value) -> f.expiresOn = value);
        binder.forField(required).bind(f -> f.required, (f, value) -> f.required = value);
        issuedOn.addValueChangeListener(event -> {
            if (expiresOn.getValue() != null) {
                binder.validate();
            }
        });
        getContent().add(new Div(type, customType), new Div(number, issuer), new Div(issuedOn, expiresOn), required);
        getContent().addClassName("credential-form");
    }

    void show(CredentialDraft draft) {
        Fields fields = new Fields();
        fields.type = draft.type();
        fields.customType = draft.customType();
        fields.number = draft.number();
        fields.issuer = draft.issuer();
        fields.issuedOn = draft.issuedOn();
        fields.expiresOn = draft.expiresOn();
        fields.required = draft.required();
        binder.readBean(fields);
    }

    /** The credential as entered; empty, with every problem shown on its field, when something is wrong. */
    Optional<CredentialDraft> read() {
        Fields fields = new Fields();
        if (!FieldRules.writeOrShowFirstProblem(binder, fields) || fields.type == null) {
            return Optional.empty();
        }
        return Optional.of(new CredentialDraft(fields.type, fields.type == CredentialType.CUSTOM ? fields.customType : "",
                fields.number, fields.issuer, fields.issuedOn, fields.expiresOn, fields.required));
    }

    private static DatePicker datePicker(String label) {
        DatePicker picker = new DatePicker(label);
        picker.setMin(LocalDate.of(CredentialRules.FIRST_YEAR, 1, 1));
        picker.setMax(LocalDate.of(CredentialRules.LAST_YEAR, 12, 31));
        picker.setI18n(DatePickers.i18n()
                .setBadInputErrorMessage(text("credential.thatIsNotADatePick"))
                .setMinErrorMessage(CredentialRules.dateRule()).setMaxErrorMessage(CredentialRules.dateRule()));
        picker.setClearButtonVisible(true);
        return picker;
    }
}
