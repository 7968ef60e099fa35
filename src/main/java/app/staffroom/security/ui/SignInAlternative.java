package app.staffroom.security.ui;

import com.vaadin.flow.component.Component;

/** Another way to sign in, offered under the sign-in form (a Spring bean; for example a passkey). */
public interface SignInAlternative {

    /** A new component for one sign-in page. */
    Component create();
}
