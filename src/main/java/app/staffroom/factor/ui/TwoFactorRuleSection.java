package app.staffroom.factor.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.ui.Async;
import app.staffroom.base.ui.Failures;
import app.staffroom.factor.TwoFactorPolicy;
import app.staffroom.factor.TwoFactorPolicy.RoleRule;
import app.staffroom.security.Actor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Settings › Two-step sign-in: which roles must have a second factor, and the grace period to set one up.
 * Bound with the policy's own rule for the grace period ({@link TwoFactorPolicy#graceDays}).
 */
public class TwoFactorRuleSection extends Div {

    /** What the form edits. */
    static final class Draft {
        Set<UUID> required = new HashSet<>();
        int graceDays;
    }

    private final TwoFactorPolicy policy;
    private final RequiredRolesField roles = new RequiredRolesField(text("factor.requireASecondStepFor"));
    private final TextField grace = new TextField(text("factor.gracePeriodDays"));
    private final Binder<Draft> binder = new Binder<>();
    private Draft draft = new Draft();

    public TwoFactorRuleSection(TwoFactorPolicy policy) {
        this.policy = policy;
        addClassName("two-factor-rule");
        setId("two-factor-rule");
        grace.setId("two-factor-grace");
        grace.setHelperText(text("factor.rule.graceExplained"));
        binder.forField(roles).bind(d -> d.required, (d, value) -> d.required = new HashSet<>(value));
        binder.forField(grace).withConverter(new com.vaadin.flow.data.converter.Converter<String, Integer>() {
            @Override
            public Result<Integer> convertToModel(String typed, com.vaadin.flow.data.binder.ValueContext context) {
                var days = TwoFactorPolicy.graceDays(typed == null ? "" : typed);
                return days.isPresent() ? Result.ok(days.getAsInt()) : Result.error(TwoFactorPolicy.GRACE_RULE.text());
            }

            @Override
            public String convertToPresentation(Integer days, com.vaadin.flow.data.binder.ValueContext context) {
                return days == null ? "" : String.valueOf(days);
            }
        }).bind(d -> d.graceDays, (d, value) -> d.graceDays = value);
        // Shown only with its values (see SettingsForm): fields rendered empty would report their empty start.
        setVisible(false);
        add(new H2(text("factor.twoStepSignIn")), new Paragraph(text("factor.rule.explained")), roles, grace);
    }

    /** Shows the practice's rule. */
    public void load(Actor actor) {
        Async.load(this, policy.settings(actor), settings -> {
            roles.offer(settings.roles());
            draft = new Draft();
            draft.required = settings.roles().stream().filter(RoleRule::required).map(RoleRule::roleId)
                    .collect(Collectors.toSet());
            draft.graceDays = settings.graceDays();
            binder.readBean(draft);
            setVisible(true);
        });
    }

    /** A save button for this section, acting as {@code actor}. */
    public Button saveButton(java.util.function.Supplier<Actor> actor) {
        Button save = new Button(text("factor.saveTwoStepRule"), click -> save(actor.get()));
        save.setId("save-two-factor-rule");
        return save;
    }

    private void save(Actor actor) {
        try {
            binder.writeBean(draft);
        } catch (ValidationException invalid) {
            return;
        }
        Async.load(this, policy.update(actor, draft.required, draft.graceDays), saved -> {
            Notification.show(text("factor.twoStepRuleSaved"));
            load(actor);
        }, failure -> {
            grace.setInvalid(true);
            grace.setErrorMessage(Failures.message(failure));
        });
    }
}
