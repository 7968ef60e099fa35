package app.staffroom.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A refused save takes the person to the first field with a problem and keeps the bean as it was. */
class FirstProblemFocusTest {

    static final class Typed {
        String name = "kept";
        String email = "kept";
    }

    private final List<String> focused = new ArrayList<>();

    private TextField field(String label) {
        return new TextField(label) {
            @Override
            public void focus() {
                focused.add(label);
            }
        };
    }

    @Test
    void the_first_field_with_a_problem_gets_the_focus_and_nothing_is_written() {
        TextField name = field("Name");
        TextField email = field("Email");
        TextField phone = field("Phone");
        Binder<Typed> binder = new Binder<>();
        binder.forField(name).asRequired("Enter the name.").bind(typed -> typed.name, (typed, value) -> typed.name = value);
        binder.forField(email).withValidator(value -> value.contains("@"), "Enter a valid email address.")
                .bind(typed -> typed.email, (typed, value) -> typed.email = value);
        binder.forField(phone).withValidator(value -> value.startsWith("+"), "Start with +.")
                .bind(typed -> null, (typed, value) -> { });
        name.setValue("Ava");
        email.setValue("not an address");
        phone.setValue("0412");
        Typed bean = new Typed();

        assertThat(FieldRules.writeOrShowFirstProblem(binder, bean)).isFalse();

        assertThat(focused).containsExactly("Email");
        assertThat(email.isInvalid()).isTrue();
        assertThat(bean.name).isEqualTo("kept");
        assertThat(bean.email).isEqualTo("kept");
    }

    @Test
    void on_a_form_that_several_binders_check_the_first_problem_on_the_page_gets_the_focus() {
        TextField practice = field("Practice");
        TextField owner = field("Owner");
        TextField password = field("Password");
        Binder<Typed> ownerBinder = new Binder<>();
        ownerBinder.forField(owner).asRequired("Enter the owner.").bind(typed -> typed.name, (typed, value) -> typed.name = value);
        Binder<Typed> practiceBinder = new Binder<>();
        practiceBinder.forField(practice).asRequired("Enter the practice.").bind(typed -> typed.name, (typed, value) -> typed.name = value);
        com.vaadin.flow.component.html.Div form = new com.vaadin.flow.component.html.Div(
                new com.vaadin.flow.component.html.Div(practice), new com.vaadin.flow.component.html.Div(owner, password));

        // Checked in another order than the page's: the owner's binder first.
        ownerBinder.validate();
        practiceBinder.validate();
        assertThat(FieldRules.focusFirstProblem(form)).isTrue();

        assertThat(focused).containsExactly("Practice");
    }

    @Test
    void fields_without_a_problem_are_written_and_nothing_is_focused() {
        TextField name = field("Name");
        Binder<Typed> binder = new Binder<>();
        binder.forField(name).asRequired("Enter the name.").bind(typed -> typed.name, (typed, value) -> typed.name = value);
        name.setValue("Ava");
        Typed bean = new Typed();

        assertThat(FieldRules.writeOrShowFirstProblem(binder, bean)).isTrue();

        assertThat(bean.name).isEqualTo("Ava");
        assertThat(focused).isEmpty();
    }
}
