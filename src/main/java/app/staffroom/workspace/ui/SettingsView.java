package app.staffroom.workspace.ui;

import app.staffroom.base.ui.FieldRules;
import static app.staffroom.base.Messages.text;

import app.staffroom.credential.LapsedCredentialRule;
import app.staffroom.credential.ui.LapsedProviderRuleSection;
import app.staffroom.factor.TwoFactorPolicy;
import app.staffroom.factor.ui.TwoFactorRuleSection;
import app.staffroom.review.ReviewSchedule;
import app.staffroom.review.ui.ReviewScheduleSection;
import app.staffroom.team.DormancyService;
import app.staffroom.team.ui.DormancySection;
import app.staffroom.base.FieldRefusedException;
import app.staffroom.base.ui.Async;
import app.staffroom.base.ui.Failures;
import app.staffroom.live.LiveEvent;
import app.staffroom.live.LiveFeed;
import app.staffroom.role.Permission;
import app.staffroom.role.RequiresPermission;
import app.staffroom.security.Actor;
import app.staffroom.security.CurrentActor;
import app.staffroom.workspace.Ownership;
import app.staffroom.workspace.PracticeSettings;
import app.staffroom.workspace.PracticeSettingsChange;
import app.staffroom.workspace.PracticeSettingsService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;

/**
 * The practice's settings (Settings "manage"): name, booking-page address, country, time zone, currency, seat
 * plan and prices, invitation lifetime and idle sign-out; and its owner, who can hand the ownership over.
 */
@Route("settings")
@PageTitle("titles.settings")
@Menu(title = "shell.menu.settings", order = 6, icon = "vaadin:cog")
@PermitAll
@RequiresPermission(Permission.SETTINGS_MANAGE)
public class SettingsView extends Main {

    private final PracticeSettingsService settings;
    private final CurrentActor currentActor;
    private final LiveFeed live;
    private final SettingsForm form;
    private final OwnerSection owner;
    private final Paragraph changedElsewhere = new Paragraph();
    private final Button save = new Button(text("workspace.saveSettings"));
    private final Button discard = new Button(text("workspace.discardChanges"));
    private @Nullable PracticeSettings shown;

    private final TwoFactorRuleSection twoFactor;
    private final ReviewScheduleSection reviewSchedule;
    private final DormancySection dormancy;
    private final LapsedProviderRuleSection lapsedProviders;

    public SettingsView(PracticeSettingsService settings, Ownership ownership, CurrentActor currentActor, LiveFeed live,
                        TwoFactorPolicy twoFactorPolicy, ReviewSchedule schedule, DormancyService dormancyService,
                        LapsedCredentialRule lapsedCredentialRule) {
        this.dormancy = new DormancySection(dormancyService);
        this.lapsedProviders = new LapsedProviderRuleSection(lapsedCredentialRule);
        this.twoFactor = new TwoFactorRuleSection(twoFactorPolicy);
        this.reviewSchedule = new ReviewScheduleSection(schedule);
        this.settings = settings;
        this.currentActor = currentActor;
        this.live = live;
        this.form = new SettingsForm(settings.bookingPageBase(), settings.idleMaximum());
        this.owner = new OwnerSection(ownership, currentActor);
        addClassName("settings-view");
        changedElsewhere.addClassName("changed-elsewhere");
        changedElsewhere.setVisible(false);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(click -> save());
        discard.addClickListener(click -> {
            if (shown != null) {
                show(shown);
            }
        });
        HorizontalLayout actions = new HorizontalLayout(save, discard);
        actions.setWrap(true);
        add(new H1(text("workspace.settings")), changedElsewhere, form, actions, twoFactor,
                twoFactor.saveButton(() -> currentActor.get().orElseThrow()), dormancy, lapsedProviders, reviewSchedule, owner);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        currentActor.get().ifPresent(actor -> {
            load(actor);
            twoFactor.load(actor);
            reviewSchedule.load(actor);
            dormancy.load(actor);
            lapsedProviders.load(actor);
            Async.follow(this, live.events().filter(event -> event.concerns(actor.workspaceId(), LiveEvent.Kind.PRACTICE)),
                    2, event -> Async.load(this, settings.settings(actor), this::changedByOthers));
        });
    }

    private void load(Actor actor) {
        Async.load(this, settings.settings(actor), this::show);
    }

    private void show(PracticeSettings current) {
        shown = current;
        form.show(PracticeSettingsChange.of(current));
        owner.show(current);
        changedElsewhere.setVisible(false);
    }

    /** Someone saved the settings: shown at once unless this person is editing, who is told instead. */
    private void changedByOthers(PracticeSettings current) {
        if (shown != null && current.version() == shown.version()) {
            return;
        }
        if (form.hasChanges()) {
            changedElsewhere.setText(text("workspace.settings.changedElsewhere"));
            changedElsewhere.setVisible(true);
            owner.show(current);
        } else {
            show(current);
        }
    }

    private void save() {
        Actor actor = currentActor.get().orElseThrow();
        PracticeSettings before = shown;
        var change = form.read();
        if (before == null || change.isEmpty()) {
            save.setEnabled(true);
            return;
        }
        Async.load(this, settings.update(actor, change.get(), before.version()), saved -> {
            show(saved);
            save.setEnabled(true);
            Notification.show(text("workspace.settingsSaved"), 3000, Notification.Position.BOTTOM_START);
        }, failure -> {
            save.setEnabled(true);
            if (failure instanceof FieldRefusedException refusal && form.showOnField(refusal)) {
                FieldRules.focusFirstProblem(form);
            } else {
                Notification.show(Failures.message(failure), 6000, Notification.Position.MIDDLE);
            }
        });
    }
}
