package app.staffroom.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;

/** A problem said beside a form rather than on one of its fields (a refusal by the server, a summary). */
public final class FormProblems {

    private FormProblems() {
    }

    /** Styles {@code text} as a problem and makes it an alert, which screen readers read out as soon as it shows. */
    public static <T extends Component & HasStyle> T announce(T text) {
        text.addClassName("form-problem");
        text.getElement().setAttribute("role", "alert");
        return text;
    }
}
