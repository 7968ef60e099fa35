package app.staffroom.team.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.elevation.ui.ElevationPanel;
import app.staffroom.factor.ui.FactorResetButton;
import app.staffroom.base.ui.Async;
import app.staffroom.location.LocationSummary;
import app.staffroom.role.RoleSummary;
import app.staffroom.security.Actor;
import app.staffroom.team.TeammateChange;
import app.staffroom.team.TeammateDetails;
import app.staffroom.team.TeammateStatus;
import app.staffroom.team.ui.DrawerEvents.CloseEvent;
import app.staffroom.team.ui.DrawerEvents.DeactivateEvent;
import app.staffroom.team.ui.DrawerEvents.ReactivateEvent;
import app.staffroom.team.ui.DrawerEvents.ReloadEvent;
import app.staffroom.team.ui.DrawerEvents.SaveEvent;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * One teammate in detail. An administrator may change the role, location access and whether the person
 * works as a provider (see {@link DrawerForm}); the drawer tells the screen what was asked, and the screen
 * asks the service. A pending teammate's invitation is sent again or revoked here, reactivating first says
 * what it costs, and in one's own drawer what one may not do is shown disabled with the reason; an active
 * teammate's password reset and sessions are below (see {@link DrawerAccount}). The choices follow roles and
 * locations changed elsewhere while the drawer is open.
 */
class TeammateDrawer extends Composite<Div> {


    private final DrawerFacts facts;
    private final DrawerForm form = new DrawerForm();
    private final DrawerAccount account = new DrawerAccount();
    private final Paragraph notice = new Paragraph();
    private final Paragraph ownNote = new Paragraph(text("team.drawer.ownDeactivation"));
    private final Button save = new Button(text("team.saveChanges"));
    private final Button deactivate = new Button(text("team.deactivate2"));
    private final Button reactivate = new Button(text("team.reactivate"));
    private final Button resend = new Button(text("team.resendInvitation"));
    private final Button revoke = new Button(text("team.revokeInvitation"));
    private final Button reload = new Button(text("team.reload"));
    private final Button close = new Button(text("team.close"));
    private final FactorResetButton resetFactors = new FactorResetButton();
    private final ElevationPanel elevation = new ElevationPanel();

    private @Nullable TeammateDetails shown;
    private @Nullable DrawerSupport support;
    private @Nullable List<RoleSummary> latestRoles;
    private @Nullable List<LocationSummary> latestLocations;
    private boolean canManage;

    /** @param photoUrl where the browser loads a teammate's photo (see {@link TeammatePhotos}); empty without one */
    TeammateDrawer(SerializableFunction<TeammateDetails, String> photoUrl) {
        this.facts = new DrawerFacts(photoUrl);
        Div content = getContent();
        content.addClassName("teammate-drawer");
        content.setVisible(false);
        notice.addClassName("drawer-notice");
        notice.setVisible(false);
        ownNote.addClassName("drawer-note");

        // A second click while the first change is under way would make it twice, or refuse it as stale.
        save.setDisableOnClick(true);
        resend.setDisableOnClick(true);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> requestSave());
        deactivate.addThemeVariants(ButtonVariant.LUMO_ERROR);
        deactivate.addClickListener(click -> DeactivationDialog.ask(current(),
                reason -> fireEvent(new DeactivateEvent(this, current(), reason))));
        reactivate.addClickListener(click -> DrawerActions.confirmReactivation(this, support(), actor(), current(),
                () -> fireEvent(new ReactivateEvent(this, current()))));
        resend.addClickListener(click -> DrawerActions.resend(this, support(), actor(), current(), this::showChanged));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        revoke.addClickListener(click -> DrawerActions.revoke(this, support(), actor(), current(), this::showChanged));
        reload.addClickListener(click -> fireEvent(new ReloadEvent(this, current())));
        reload.setVisible(false);
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        close.addClickListener(click -> fireEvent(new CloseEvent(this)));

        HorizontalLayout actions = new HorizontalLayout(save, deactivate, reactivate, resend, revoke, reload, close, resetFactors);
        actions.addClassName("drawer-actions");
        actions.setWrap(true);
        content.add(facts, form, elevation, facts.providerSettings(), notice, actions, ownNote, account);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        DrawerSupport found = DrawerSupport.of(attachEvent.getUI());
        support = found;
        found.actor().ifPresent(actor -> {
            // Follow first, then read: a role renamed or a location added meanwhile still shows.
            Async.follow(this, found.choiceChanges(actor), 4, event -> loadChoices(actor));
            loadChoices(actor);
        });
    }

    private void loadChoices(Actor actor) {
        Async.load(this, Mono.zip(support().roles.listRoles(actor).collectList(),
                support().locations.listLocations(actor).collectList()), loaded -> {
                    latestRoles = loaded.getT1();
                    latestLocations = loaded.getT2();
                    if (shown != null) {
                        form.offer(shown, loaded.getT1(), loaded.getT2(), false);
                    }
                });
    }

    /**
     * Shows a teammate as just read; anything typed for another teammate is gone by design. The choices
     * given are used until the drawer has read its own, which then follow changes made elsewhere.
     */
    void show(TeammateDetails teammate, List<RoleSummary> roles, List<LocationSummary> allLocations, boolean canManage) {
        shown = teammate;
        settle();
        this.canManage = canManage;
        getContent().setVisible(true);
        hideNotice();
        facts.show(teammate);
        form.offer(teammate, Objects.requireNonNullElse(latestRoles, roles), Objects.requireNonNullElse(latestLocations,
                allLocations), true);

        boolean holdsMore = form.roleHoldsMore();
        boolean own = support != null && support.actor().map(actor -> actor.teammateId().equals(teammate.id())).orElse(false);
        boolean manages = canManage && !holdsMore;
        boolean editable = manages && teammate.status() != TeammateStatus.INACTIVE;
        boolean kept = own || teammate.owner();
        form.allow(editable, kept, canManage && holdsMore ? text("team.drawer.roleHoldsMore", teammate.fullName())
                : editable && own ? text("team.drawer.ownRole") : editable && teammate.owner() ? text("team.drawer.ownerRole") : null);
        save.setVisible(editable);
        deactivate.setVisible(manages && teammate.status() == TeammateStatus.ACTIVE);
        deactivate.setEnabled(!kept);
        String whyNot = own ? text("team.drawer.ownDeactivation") : teammate.owner() ? text("team.drawer.ownerDeactivation") : null;
        deactivate.setTooltipText(whyNot);
        ownNote.setText(whyNot == null ? "" : whyNot);
        ownNote.setVisible(kept && deactivate.isVisible());
        reactivate.setVisible(manages && teammate.status() == TeammateStatus.INACTIVE);
        resend.setVisible(manages && teammate.status() == TeammateStatus.PENDING);
        revoke.setVisible(manages && teammate.status() == TeammateStatus.PENDING);
        resetFactors.offer(manages && teammate.status() == TeammateStatus.ACTIVE && (own || !teammate.owner())
                && support != null ? support.actor().orElse(null) : null, teammate.id(), teammate.fullName());
        account.show(support, support == null ? null : support.actor().orElse(null), teammate, manages);
        Actor viewer = support == null ? null : support.actor().orElse(null);
        elevation.offer(viewer, manages && teammate.status() == TeammateStatus.ACTIVE && !kept ? viewer : null, teammate.id(),
                teammate.fullName(), teammate.roleId(), Objects.requireNonNullElse(latestRoles, roles));
    }

    /** The teammate as a change made here left them. */
    private void showChanged(TeammateDetails after) {
        show(after, List.of(), List.of(), canManage);
    }

    void hide() {
        shown = null;
        getContent().setVisible(false);
    }

    @Nullable TeammateDetails shown() {
        return shown;
    }

    /** Keeps what the administrator typed and says why it was not saved. */
    void showRefusal(String message, boolean stale) {
        settle();
        notice.setText(message);
        notice.setVisible(true);
        reload.setVisible(stale);
    }

    /** True when the administrator changed a field of the shown teammate that is not saved yet. */
    boolean isEdited() {
        return shown != null && form.edited(shown);
    }

    boolean isShowingNotice() {
        return notice.isVisible();
    }

    private void hideNotice() {
        notice.setVisible(false);
        reload.setVisible(false);
    }

    private void requestSave() {
        TeammateChange change = form.change(current());
        if (change != null) {
            fireEvent(new SaveEvent(this, change));
        } else {
            settle();
        }
    }

    /** The change asked for has an answer: its buttons may be pressed again. */
    void settle() {
        save.setEnabled(true);
        resend.setEnabled(true);
    }

    private TeammateDetails current() {
        return Objects.requireNonNull(shown, "No teammate is shown");
    }

    private DrawerSupport support() {
        return Objects.requireNonNull(support, "The drawer is not attached");
    }

    private Actor actor() {
        return support().actor().orElseThrow(() -> new IllegalStateException("No workspace chosen"));
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addDeactivateListener(ComponentEventListener<DeactivateEvent> listener) {
        return addListener(DeactivateEvent.class, listener);
    }

    Registration addReactivateListener(ComponentEventListener<ReactivateEvent> listener) {
        return addListener(ReactivateEvent.class, listener);
    }

    Registration addReloadListener(ComponentEventListener<ReloadEvent> listener) {
        return addListener(ReloadEvent.class, listener);
    }

    Registration addCloseListener(ComponentEventListener<CloseEvent> listener) {
        return addListener(CloseEvent.class, listener);
    }
}
