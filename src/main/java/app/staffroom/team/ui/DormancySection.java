package app.staffroom.team.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.ui.Async;
import app.staffroom.base.ui.Failures;
import app.staffroom.base.ui.FieldRules;
import app.staffroom.security.Actor;
import app.staffroom.team.DormancyRules;
import app.staffroom.team.DormancyService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Settings › Dormant accounts: whether, and after how many days without a sign-in, teammates are deactivated
 * (see {@link DormancyRules}), saved with its own button and checked on its field.
 */
public class DormancySection extends Div {

    /** What the section edits. */
    private static final class Rule {
        boolean on;
        @Nullable Integer days = 90;
    }

    private final DormancyService dormancy;
    private final Checkbox on = new Checkbox(text("team.deactivateTeammatesWhoHaveNotSigned"));
    private final IntegerField days = new IntegerField(text("team.daysWithoutASignIn"));
    private final Button save = new Button(text("team.saveDormantAccountRule"));
    private final Binder<Rule> binder = new Binder<>();
    private @Nullable Actor actor;

    public DormancySection(DormancyService dormancy) {
        this.dormancy = dormancy;
        setId("dormancy-rule");
        days.setMin(DormancyRules.FEWEST_DAYS);
        days.setMax(DormancyRules.MOST_DAYS);
        days.setStepButtonsVisible(true);
        days.setI18n(new IntegerField.IntegerFieldI18n().setMinErrorMessage(DormancyRules.days())
                .setMaxErrorMessage(DormancyRules.days()).setBadInputErrorMessage(DormancyRules.days()));
        days.setHelperText(text("team.dormancy.help"));
        binder.forField(on).bind(rule -> rule.on, (rule, value) -> rule.on = value);
        binder.forField(days).withValidator(FieldRules.readable(days, DormancyRules.days()))
                .withValidator(FieldRules.check(value -> on.getValue() && value == null ? DormancyRules.days()
                        : on.getValue() ? DormancyRules.daysProblem(value) : null))
                .bind(rule -> rule.days, (rule, value) -> rule.days = value);
        on.addValueChangeListener(changed -> days.setEnabled(changed.getValue()));
        save.addClickListener(click -> save());
        setVisible(false);
        add(new H2(text("team.dormantAccounts")), new Paragraph(text("team.unusedAccountsAreARiskAccess")),
                on, days, save);
    }

    /** Shows the practice's rule; saves as {@code actor}. Hidden from those who may not manage settings. */
    public void load(Actor actor) {
        this.actor = actor;
        Async.load(this, dormancy.rule(actor), this::show, failure -> setVisible(false));
    }

    private void save() {
        Rule rule = new Rule();
        Actor acting = actor;
        if (acting == null || !FieldRules.writeOrShowFirstProblem(binder, rule)) {
            return;
        }
        Async.load(this, dormancy.setRule(acting, rule.on ? rule.days : null), saved -> {
            show(saved);
            Notification.show(saved.map(d -> text("team.dormancy.saved", d))
                    .orElse(text("team.theDormantAccountRuleIsOff")), 4000, Notification.Position.BOTTOM_START);
        }, failure -> {
            days.setErrorMessage(Failures.message(failure));
            days.setInvalid(true);
        });
    }

    private void show(Optional<Integer> rule) {
        Rule shown = new Rule();
        shown.on = rule.isPresent();
        shown.days = rule.orElse(90);
        binder.readBean(shown);
        days.setEnabled(shown.on);
        setVisible(true);
    }
}
