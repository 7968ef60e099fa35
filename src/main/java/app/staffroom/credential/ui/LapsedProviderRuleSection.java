package app.staffroom.credential.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.ui.Async;
import app.staffroom.credential.LapsedCredentialRule;
import app.staffroom.security.Actor;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;

/**
 * Settings › Booking page: whether a provider with a lapsed required credential is taken off the public booking
 * page until it is renewed. Saved as soon as it is ticked or unticked.
 */
public class LapsedProviderRuleSection extends Div {

    private final LapsedCredentialRule rule;
    private final Checkbox hide = new Checkbox(text("credential.takeProvidersWithALapsedRequired"));
    private boolean loading;
    private @org.jspecify.annotations.Nullable Actor actor;

    public LapsedProviderRuleSection(LapsedCredentialRule rule) {
        this.rule = rule;
        setId("lapsed-credential-rule");
        hide.setId("hide-lapsed-providers");
        add(new H2(text("credential.credentialsOnTheBookingPage")), new Paragraph(text("credential.rule.help")), hide);
        setVisible(false);
        hide.addValueChangeListener(event -> {
            Actor acting = actor;
            if (!loading && event.isFromClient() && acting != null) {
                Async.load(this, rule.setHidesLapsedProviders(acting, event.getValue()),
                        saved -> Notification.show(text("credential.bookingPageRuleSaved")), failure -> {
                            hide.setValue(event.getOldValue());
                            Async.showFailure(failure);
                        });
            }
        });
    }

    /** Shows the practice's choice and saves each change as {@code actor}. */
    public void load(Actor acting) {
        actor = acting;
        Async.load(this, rule.hidesLapsedProviders(acting), current -> {
            loading = true;
            hide.setValue(current);
            loading = false;
            setVisible(true);
        });
    }
}
