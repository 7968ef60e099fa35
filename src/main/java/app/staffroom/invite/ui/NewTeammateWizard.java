package app.staffroom.invite.ui;

import static app.staffroom.base.Messages.label;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.ChangeRefusedException;
import app.staffroom.base.ui.FormProblems;
import app.staffroom.base.ui.Async;
import app.staffroom.base.ui.Failures;
import app.staffroom.invite.EmailCheck;
import app.staffroom.invite.InvitationService;
import app.staffroom.live.LiveEvent;
import app.staffroom.live.LiveFeed;
import app.staffroom.location.LocationService;
import app.staffroom.role.Permission;
import app.staffroom.role.RequiresPermission;
import app.staffroom.role.RoleService;
import app.staffroom.role.RoleSummary;
import app.staffroom.security.Actor;
import app.staffroom.security.CurrentActor;
import app.staffroom.team.TeammateService;
import app.staffroom.team.ui.ReactivationDialog;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Adding a teammate, by invitation only: role and clinics → contact details → provider settings →
 * booking profile → review with the seat cost and the administrator's password. The provider steps are
 * skipped for someone who does not work as provider. Each step is checked before the next, each problem
 * on its field; going back and forth keeps everything typed, and leaving with something typed asks first.
 */
@Route("teammates/new")
@PageTitle("titles.addATeammate")
@PermitAll
@RequiresPermission(Permission.TEAM_MANAGE_USERS)
public class NewTeammateWizard extends Main implements BeforeLeaveObserver {

    private final InvitationService invitations;
    private final RoleService roles;
    private final LocationService locations;
    private final TeammateService teammates;
    private final CurrentActor currentActor;
    private final LiveFeed live;

    private final WizardDraft draft = new WizardDraft();
    private final Map<WizardStep, WizardPage> pages = new EnumMap<>(WizardStep.class);
    private final RoleStep roleStep = new RoleStep(draft);
    private final ContactStep contactStep;
    private final ProviderStep providerStep = new ProviderStep(draft);
    private final ReviewStep reviewStep = new ReviewStep(draft);
    private final WizardProgress progress = new WizardProgress();
    private final Div page = new Div();
    private final Paragraph problems = new Paragraph();
    private final Button back = new Button(text("invite.back"));
    private final Button next = new Button(text("invite.next"));

    private WizardStep current = WizardStep.ROLE_AND_CLINICS;
    private @Nullable Actor actor;
    private String region = "US";
    private boolean touched;
    private boolean done;
    private final LeaveGuard leaving = new LeaveGuard();

    public NewTeammateWizard(InvitationService invitations, RoleService roles, LocationService locations,
                             TeammateService teammates, CurrentActor currentActor, LiveFeed live) {
        this.invitations = invitations;
        this.roles = roles;
        this.locations = locations;
        this.teammates = teammates;
        this.currentActor = currentActor;
        this.live = live;
        this.contactStep = new ContactStep(draft, () -> region, this::confirmReactivation);
        addClassName("wizard-view");
        FormProblems.announce(problems);
        problems.setVisible(false);
        back.addClickListener(click -> go(progress.step(current, -1, draft.worksAsProvider)));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(click -> advance());
        pages.put(WizardStep.ROLE_AND_CLINICS, roleStep);
        pages.put(WizardStep.CONTACT, contactStep);
        pages.put(WizardStep.PROVIDER, providerStep);
        pages.put(WizardStep.BOOKING, new BookingStep(draft));
        pages.put(WizardStep.REVIEW, reviewStep);
        pages.values().forEach(each -> each.binder.addValueChangeListener(change -> {
            touched = true;
            guardReload();
            refreshProblems();
        }));
        contactStep.onEmailBlur(() -> checkEmail(() -> { }));
        Div buttons = new Div(back, next);
        buttons.addClassName("wizard-buttons");
        add(new H1(text("invite.addATeammate")), progress, page, problems, buttons);
        go(WizardStep.ROLE_AND_CLINICS);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        currentActor.get().ifPresent(signedIn -> {
            actor = signedIn;
            // Follow first, then read: a role renamed or a location added meanwhile still shows.
            Async.follow(this, live.events().filter(event -> event.concerns(signedIn.workspaceId(), LiveEvent.Kind.ROLE,
                    LiveEvent.Kind.LOCATION, LiveEvent.Kind.TEAMMATE)), 4, event -> loadChoices(signedIn));
            Async.load(this, invitations.phoneRegion(signedIn), loaded -> region = loaded);
            loadChoices(signedIn);
        });
    }

    private void loadChoices(Actor signedIn) {
        Async.load(this, Mono.zip(roles.listRoles(signedIn).collectList(), locations.grantableLocations(signedIn).collectList(),
                teammates.medicalDirectors(signedIn).collectList()), loaded -> {
                    boolean wasTouched = touched;
                    roleStep.offer(loaded.getT1().stream().filter(RoleSummary::assignable).toList(), loaded.getT2());
                    providerStep.offerSupervisors(loaded.getT3());
                    touched = wasTouched;
                    guardReload();
                    next.setEnabled(roleStep.hasLocations());
                });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        leaving.release(detachEvent.getUI());
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (done || !touched) {
            return;
        }
        String who = draft.email.isBlank() ? contactStep.typedEmail() : draft.email;
        leaving.ask(event, who, () -> {
            done = true;
            guardReload();
        });
    }

    /** True while a reload or closing the tab would ask first. */
    boolean asksBeforeReload() {
        return leaving.guarding();
    }

    private void guardReload() {
        leaving.guard(this, touched && !done);
    }

    private void advance() {
        if (current == WizardStep.REVIEW) {
            send();
            return;
        }
        if (current == WizardStep.CONTACT && contactStep.needsCheck()) {
            checkEmail(this::advance);
            return;
        }
        List<String> found = pages.get(current).write();
        showProblems(found);
        if (found.isEmpty()) {
            go(progress.step(current, 1, draft.worksAsProvider));
        }
    }

    /** Once the step's problems are shown, they follow what is typed: fixed ones go, and with the last the summary. */
    private void refreshProblems() {
        if (problems.isVisible() && current != WizardStep.REVIEW) {
            showProblems(pages.get(current).problems());
        }
    }

    private void showProblems(List<String> found) {
        problems.setText(String.join(" ", found));
        problems.setVisible(!found.isEmpty());
    }

    private void checkEmail(Runnable then) {
        String typed = contactStep.typedEmail();
        if (actor == null || !contactStep.needsCheck()) {
            return;
        }
        Async.load(this, invitations.checkEmail(actor, typed), check -> {
            contactStep.showCheck(check, typed);
            refreshProblems();
            then.run();
        });
    }

    private void go(WizardStep target) {
        current = target;
        page.removeAll();
        page.add(new H2(target.title()), pages.get(target));
        progress.show(target, draft.worksAsProvider);
        back.setEnabled(target != WizardStep.ROLE_AND_CLINICS);
        next.setText(target == WizardStep.REVIEW ? text("invite.sendInvitation") : text("invite.next"));
        problems.setVisible(false);
        if (target == WizardStep.REVIEW) {
            reviewStep.show(contactStep.check(), region);
            Async.load(this, teammates.seats(actor()), reviewStep::showCost);
        }
    }

    private void send() {
        String password = reviewStep.password();
        if (password == null) {
            return;
        }
        next.setEnabled(false);
        EmailCheck check = contactStep.check();
        boolean newPerson = check == null || check.kind() == EmailCheck.Kind.NEW_PERSON;
        Async.load(this, invitations.invite(actor(), draft.toNewTeammate(newPerson), password), created -> {
            done = true;
            guardReload();
            Notification.show(text("invite.sentTo", draft.email), 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            UI.getCurrent().navigate(PendingInvitesView.class);
        }, failure -> {
            next.setEnabled(true);
            reviewStep.clearPassword();
            String message = Failures.message(failure);
            if (Failures.isRefusal(failure) && InvitationService.WRONG_PASSWORD.text().equals(message)) {
                reviewStep.passwordRefused(message);
                problems.setVisible(false);
            } else if (!Failures.isRefusal(failure) || !backToField(failure, message)) {
                showProblems(List.of(message));
            }
        });
    }

    /** Shows the earlier step and field a refusal concerns, with the focus on that field; false when it concerns none. */
    private boolean backToField(Throwable failure, String message) {
        String refusal = failure instanceof ChangeRefusedException refused && refused.phrase() != null
                ? Objects.requireNonNull(refused.phrase()).key() : "";
        return RefusedStep.find(progress.before(WizardStep.REVIEW, draft.worksAsProvider), pages, refusal, message).map(found -> {
            go(found.step());
            showProblems(found.problems());
            WizardPage.focus(found.field());
            if (found.step() == WizardStep.CONTACT) {
                // What the email means here changed since it was checked: the field and its note say it now.
                Async.load(this, invitations.checkEmail(actor(), contactStep.typedEmail()),
                        check -> contactStep.showCheck(check, contactStep.typedEmail()));
            }
            return true;
        }).orElse(false);
    }

    /** Reactivating instead of inviting, once the administrator has seen what it costs. */
    private void confirmReactivation(EmailCheck check) {
        Actor acting = actor();
        Async.load(this, Mono.zip(teammates.details(acting, Objects.requireNonNull(check.teammateId())), teammates.seats(acting)),
                loaded -> ReactivationDialog.ask(loaded.getT1(), loaded.getT2(), () -> Async.load(this,
                        teammates.reactivate(acting, loaded.getT1().id(), loaded.getT1().version()), reactivated -> {
                            done = true;
                            guardReload();
                            Notification.show(text("invite.reactivated", reactivated.fullName(), label(reactivated.status()).toLowerCase(java.util.Locale.ROOT)), 4000, Notification.Position.BOTTOM_START);
                            UI.getCurrent().navigate("");
                        })));
    }

    private Actor actor() {
        return Objects.requireNonNull(actor, "No workspace chosen");
    }
}
