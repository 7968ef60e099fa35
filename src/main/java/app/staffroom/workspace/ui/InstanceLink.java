package app.staffroom.workspace.ui;

import static app.staffroom.base.Messages.text;

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
        com.vaadin.flow.component.html.Span text = new com.vaadin.flow.component.html.Span(text("workspace.newPractice"));
        text.addClassName("instance-link-text");
        link.add(text);
        // On a phone only the icon shows: the link keeps its name for screen readers and as a tooltip.
        link.getElement().setAttribute("aria-label", text("workspace.newPractice2"));
        link.getElement().setAttribute("title", text("workspace.newPractice2"));
        link.addClassName("instance-link");
        link.setVisible(false);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        currentActor.account().ifPresent(account -> Async.load(this, practices.isOperator(account), getContent()::setVisible,
                failed -> { }));
    }
}
