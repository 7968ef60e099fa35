package app.staffroom.location.ui;

import app.staffroom.base.ui.FieldRules;
import app.staffroom.base.ui.Async;
import app.staffroom.base.ui.Failures;
import app.staffroom.location.LocationNames;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.function.SerializableFunction;
import reactor.core.publisher.Mono;

/**
 * A location's name, checked on the field by the rule of {@link LocationNames} before it is sent; a refusal
 * from the service (a name in use) also shows on the field, and what was typed stays.
 */
class LocationNameField extends TextField {

    private final Binder<Draft> binder = new Binder<>();
    private final Draft draft = new Draft();

    LocationNameField(String label) {
        setAriaLabel(label);
        setPlaceholder(label);
        // No maxlength: the browser would cut a longer paste short without a word; the rule refuses it instead.
        binder.forField(this)
                .withValidator((value, context) -> {
                    String problem = LocationNames.problem(value);
                    return problem == null ? ValidationResult.ok() : ValidationResult.error(problem);
                })
                .bind(Draft::name, Draft::setName);
    }

    /** Sends the name when the rule accepts it; runs {@code after} once the change is made. */
    void submit(Component owner, SerializableFunction<String, Mono<Void>> change, Runnable after) {
        if (!FieldRules.writeOrShowFirstProblem(binder, draft)) {
            return;
        }
        Async.load(owner, change.apply(draft.name()).thenReturn(true), done -> after.run(), failure -> {
            setErrorMessage(Failures.message(failure));
            setInvalid(true);
        });
    }

    /** Empties the field without calling the empty name a mistake. */
    @Override
    public void clear() {
        draft.setName("");
        binder.readBean(draft);
    }

    private static final class Draft {
        private String name = "";

        String name() {
            return name;
        }

        void setName(String name) {
            this.name = name;
        }
    }
}
