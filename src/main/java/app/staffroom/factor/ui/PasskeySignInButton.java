package app.staffroom.factor.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.ui.FormProblems;
import app.staffroom.base.ui.Async;
import app.staffroom.base.ui.Failures;
import app.staffroom.factor.SecondFactorSignIn;
import app.staffroom.security.ui.SignInAlternative;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** "Sign in with a passkey" on the sign-in page: a passkey alone signs the person in. */
@org.springframework.stereotype.Component
class PasskeySignInButton implements SignInAlternative {

    private final SecondFactorSignIn signIn;

    PasskeySignInButton(SecondFactorSignIn signIn) {
        this.signIn = signIn;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        Div place = new Div();
        place.addClassName("passkey-sign-in");
        Paragraph problem = new Paragraph();
        FormProblems.announce(problem);
        problem.setVisible(false);
        Button button = new Button(text("factor.signInWithAPasskey"));
        button.setId("passkey-sign-in");
        button.addClickListener(click -> Async.load(place, signIn.passkeySignInChallenge(),
                challenge -> PasskeyBrowser.get(place, challenge.json(),
                        answer -> Async.load(place, signIn.signInWithPasskey(challenge, answer),
                                path -> place.getUI().ifPresent(ui -> ui.getPage().setLocation(path)),
                                failure -> show(problem, Failures.message(failure))),
                        refusal -> show(problem, refusal))));
        place.add(button, problem);
        return place;
    }

    private static void show(Paragraph problem, String message) {
        problem.setText(message);
        problem.setVisible(true);
    }
}
