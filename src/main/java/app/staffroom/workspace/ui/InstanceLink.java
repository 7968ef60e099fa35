package app.staffroom.workspace.ui;

import app.staffroom.base.ui.Async;
import app.staffroom.security.CurrentActor;
import app.staffroom.workspace.NewPractices;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;

/** "New practice…" in the header, shown only to the operators of this Staffroom instance. */
public class InstanceLink extends Composite<RouterLink> {

    private final NewPractices practices;
    private final CurrentActor currentActor;

    public InstanceLink(NewPractices practices, CurrentActor currentActor) {
        this.practices = practices;
        this.currentActor = currentActor;
        RouterLink link = getContent();
        link.setRoute(InstanceView.class);
        link.add(VaadinIcon.PLUS_CIRCLE_O.create());
        link.add(" New practice…");
        link.addClassName("instance-link");
        link.setVisible(false);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        currentActor.account().ifPresent(account -> Async.load(this, practices.isOperator(account), getContent()::setVisible,
                failed -> { }));
    }
}
