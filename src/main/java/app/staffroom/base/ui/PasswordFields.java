package app.staffroom.base.ui;

import app.staffroom.base.Messages;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.internal.JacksonUtils;

/**
 * Password fields whose eye button is named in the current person's language: the web component names it "Show
 * password" until told otherwise, and Flow's {@code PasswordFieldI18n} does not reach that name.
 */
public final class PasswordFields {

    private PasswordFields() {
    }

    /** A password field labelled {@code label}, its reveal button named in the current person's language. */
    public static PasswordField labelled(String label) {
        PasswordField field = new PasswordField(label);
        field.getElement().setPropertyJson("i18n",
                JacksonUtils.createObjectNode().put("reveal", Messages.text("base.password.reveal")));
        return field;
    }
}
