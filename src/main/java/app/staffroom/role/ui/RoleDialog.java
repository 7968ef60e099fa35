package app.staffroom.role.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.FieldRefusedException;
import app.staffroom.base.ui.FormProblems;
import app.staffroom.base.ui.Async;
import app.staffroom.base.ui.Failures;
import app.staffroom.base.ui.FieldRules;
import app.staffroom.role.RoleColumn;
import app.staffroom.role.RoleNames;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * A new role, or a new name and description for one. The fields follow {@link RoleNames}; a refusal keeps the
 * dialog open with what was typed, the reason on its field.
 */
class RoleDialog extends Dialog {

    /** What the dialog collects. */
    static final class Draft {
        private String name = "";
        private String description = "";
        private @Nullable RoleColumn copyOf;

        String name() {
            return name;
        }

        String description() {
            return description;
        }

        @Nullable RoleColumn copyOf() {
            return copyOf;
        }
    }

    private final TextField name = new TextField(text("role.name"));
    private final TextArea description = new TextArea(text("role.description"));
    private final Paragraph problem = new Paragraph();
    private final Binder<Draft> binder = new Binder<>();
    private final Draft draft = new Draft();

    RoleDialog(@Nullable RoleColumn role, List<RoleColumn> copyable, SerializableFunction<Draft, Mono<RoleColumn>> save,
               SerializableConsumer<RoleColumn> saved) {
        setHeaderTitle(role == null ? text("role.newRole") : text("role.rename.title", role.shownName()));
        FieldRules.counted(name, RoleNames.NAME_MAX);
        name.setWidthFull();
        name.setRequiredIndicatorVisible(true);
        name.setId("role-name");
        name.setAutofocus(true);
        FieldRules.counted(description, RoleNames.DESCRIPTION_MAX);
        description.setWidthFull();
        binder.forField(name).withValidator((value, context) -> result(RoleNames.nameProblem(value)))
                .bind(Draft::name, (target, value) -> target.name = value);
        binder.forField(description).withValidator((value, context) -> result(RoleNames.descriptionProblem(value)))
                .bind(Draft::description, (target, value) -> target.description = value);
        if (role != null) {
            draft.name = role.shownName();
            draft.description = role.shownDescription();
        }
        binder.readBean(draft);
        add(name, description);
        if (role == null) {
            Select<RoleColumn> copyOf = new Select<>();
            copyOf.setLabel(text("role.startWithThePermissionsOf"));
            copyOf.setItems(copyable);
            copyOf.setItemLabelGenerator(column -> column == null ? text("role.noPermissions") : column.shownName());
            copyOf.setEmptySelectionAllowed(true);
            copyOf.setEmptySelectionCaption(text("role.noPermissions"));
            binder.forField(copyOf).bind(Draft::copyOf, (target, value) -> target.copyOf = value);
            add(copyOf);
        }
        FormProblems.announce(problem);
        problem.setVisible(false);
        add(problem);
        Button submit = new Button(role == null ? text("role.create") : text("role.save"));
        // A second click while the first is under way would create the role twice or refuse the name as taken.
        submit.setDisableOnClick(true);
        submit.addClickListener(click -> {
            if (FieldRules.writeOrShowFirstProblem(binder, draft)) {
                Async.load(this, save.apply(draft), done -> {
                    close();
                    saved.accept(done);
                }, failure -> {
                    submit.setEnabled(true);
                    showRefusal(failure);
                });
            } else {
                submit.setEnabled(true);
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(text("role.cancel"), click -> close()), submit);
    }

    private void showRefusal(Throwable failure) {
        String message = Failures.message(failure);
        String field = failure instanceof FieldRefusedException refused ? refused.field() : "";
        if (field.equals("description")) {
            description.setErrorMessage(message);
            description.setInvalid(true);
            description.focus();
        } else if (field.equals("name")) {
            name.setErrorMessage(message);
            name.setInvalid(true);
            name.focus();
        } else {
            problem.setText(message);
            problem.setVisible(true);
        }
    }

    private static ValidationResult result(@Nullable String problem) {
        return problem == null ? ValidationResult.ok() : ValidationResult.error(Objects.requireNonNull(problem));
    }
}
