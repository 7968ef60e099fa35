package app.staffroom.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * One row of a list shown as a single column in a narrow window (see {@link NarrowScreens#oneColumn}): a title,
 * short lines under it that wrap instead of being cut off, then the row's badges and buttons.
 */
public class ListCard extends Div {

    /** A card titled {@code title}, with {@code lines} under it; empty lines are left out. */
    public ListCard(String title, String... lines) {
        addClassName("list-card");
        Span heading = new Span(title);
        heading.addClassName("list-card-title");
        add(heading);
        for (String line : lines) {
            if (!line.isBlank()) {
                Span shown = new Span(line);
                shown.addClassName("list-card-line");
                add(shown);
            }
        }
    }

    /** Adds {@code parts} (a badge, buttons, a longer text) on a line of their own, side by side where they fit. */
    public ListCard with(Component... parts) {
        Div line = new Div(parts);
        line.addClassName("list-card-parts");
        add(line);
        return this;
    }
}
