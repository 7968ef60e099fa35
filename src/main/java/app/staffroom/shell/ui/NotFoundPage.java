package app.staffroom.shell.ui;

import static app.staffroom.base.Messages.text;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;

/** What {@link NotFoundView} and {@link NoScreenError} both say, and the way on to the first screen. */
abstract class NotFoundPage extends Main {

    NotFoundPage() {
        addClassName("not-found");
        add(new H1(text("shell.notFound.heading")), new Paragraph(text("shell.notFound.text")),
                new Anchor("", text("shell.notFound.start")));
    }
}
