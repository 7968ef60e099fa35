package app.staffroom.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;

/**
 * The accessibility statement, public like the sign-in page: what Staffroom supports, how that is checked, what
 * is known not to work, and where to report a problem ({@code staffroom.accessibility.contact}).
 */
@Route(value = AccessibilityStatementView.ROUTE, autoLayout = false)
@PageTitle("Accessibility · Staffroom")
@AnonymousAllowed
public class AccessibilityStatementView extends Main {

    /** The statement's address, linked from the sign-in page. */
    public static final String ROUTE = "accessibility";

    private static final Pattern ANGLE_ADDRESS = Pattern.compile("<([^<>]+)>");

    public AccessibilityStatementView(@Value("${staffroom.accessibility.contact}") String contact) {
        addClassName("accessibility-statement");
        String address = address(contact);
        add(new H1("Accessibility"),
                new Paragraph("Staffroom aims to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA, "
                        + "so that everyone in a practice can use it, whatever their sight, hearing, movement or way of "
                        + "reading."),
                new H2("What works"),
                list("Every screen can be used with the keyboard alone: Tab and Shift+Tab move between controls, Enter "
                                + "and Space use them, the arrow keys move in tabs, lists and grids, and Escape closes a "
                                + "dialog. The control that has the focus is always outlined.",
                        "Dialogs keep the focus inside until they close, and then give it back to the button that "
                                + "opened them.",
                        "Every field has a label, and every mistake is named on the field it concerns, where screen "
                                + "readers read it out.",
                        "Buttons that show only an icon have a name that screen readers read, and images have a text "
                                + "alternative.",
                        "Colour never carries a meaning alone: statuses and warnings also say it in words or with an "
                                + "icon, and text keeps the contrast that WCAG AA asks for.",
                        "Screens fit a phone (from 390 pixels wide) and a tablet as well as a desktop, and the text "
                                + "can be enlarged with the browser's zoom."),
                new H2("How it is checked"),
                new Paragraph("Staffroom's tests run the axe-core accessibility rules for WCAG 2.2 A and AA on every screen "
                        + "and every state a person reaches (dialogs, errors shown, each step of adding a teammate), at "
                        + "desktop, tablet and phone sizes, and fail on any serious or critical finding. A second check signs in, finds a teammate, changes a role, invites someone, accepts an "
                        + "invitation and edits a profile with the keyboard alone."),
                new H2("What is known not to work"),
                list("The accessibility check runs on the light colour scheme only.",
                        "In a dialog, Tab also stops once on the dialog itself, which is not outlined there; the next "
                                + "Tab moves on to its first control.",
                        "A drop-down list that must be filled in (such as the role when adding a teammate) shows its "
                                + "required mark, but screen readers do not announce it as required; leaving it empty "
                                + "names the problem on the field.",
                        "Automated rules find only part of what can go wrong: Staffroom has not yet been reviewed by "
                                + "people who use screen readers or switch devices every day.",
                        "The audit trail's CSV export and the access review's PDF report are files for other programs: "
                                + "their accessibility depends on the program that opens them."),
                new H2("Report a problem"),
                reportParagraph(address),
                new Anchor("login", "Back to sign in"));
    }

    private static UnorderedList list(String... items) {
        UnorderedList list = new UnorderedList();
        for (String item : items) {
            list.add(new ListItem(item));
        }
        return list;
    }

    private static Paragraph reportParagraph(String address) {
        Paragraph report = new Paragraph("If something in Staffroom is hard or impossible for you to use, write to ");
        report.add(new Anchor("mailto:" + address, address));
        report.add(". Say which screen and what you tried to do, and which browser and assistive technology you use.");
        return report;
    }

    /** The bare address of {@code Name <address>}, or the whole text when it has no angle brackets. */
    static String address(String contact) {
        Matcher angle = ANGLE_ADDRESS.matcher(contact);
        return angle.find() ? angle.group(1).strip() : contact.strip();
    }
}
