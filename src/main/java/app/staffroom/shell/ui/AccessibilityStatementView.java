package app.staffroom.shell.ui;

import static app.staffroom.base.Messages.text;

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
@PageTitle("titles.accessibility")
@AnonymousAllowed
public class AccessibilityStatementView extends Main {

    /** The statement's address, linked from the sign-in page. */
    public static final String ROUTE = "accessibility";

    private static final Pattern ANGLE_ADDRESS = Pattern.compile("<([^<>]+)>");

    public AccessibilityStatementView(@Value("${staffroom.accessibility.contact}") String contact) {
        addClassName("accessibility-statement");
        String address = address(contact);
        add(new H1(text("shell.accessibility")),
                new Paragraph(text("shell.staffroomAimsToMeetTheWeb")),
                new H2(text("shell.whatWorks")),
                list(text("shell.keyboard"),
                        text("shell.dialogsKeepTheFocusInsideUntil"),
                        text("shell.everyFieldHasALabelAnd"),
                        text("shell.buttonsThatShowOnlyAnIcon"),
                        text("shell.colourNeverCarriesAMeaningAlone"),
                        text("shell.screensFitAPhoneFrom390"),
                        text("shell.skipLinkAndLanguage")),
                new H2(text("shell.howItIsChecked")),
                new Paragraph(text("shell.staffroomSTestsRunTheAxe")),
                new H2(text("shell.whatIsKnownNotToWork")),
                list(text("shell.inADialogTabAlsoStops"),
                        text("shell.aDropDownListThatMust"),
                        text("shell.automatedRulesFindOnlyPartOf"),
                        text("shell.theAuditTrailSCsvExport")),
                new H2(text("shell.reportAProblem")),
                reportParagraph(address),
                new Anchor("login", text("shell.backToSignIn")));
    }

    private static UnorderedList list(String... items) {
        UnorderedList list = new UnorderedList();
        for (String item : items) {
            list.add(new ListItem(item));
        }
        return list;
    }

    private static Paragraph reportParagraph(String address) {
        Paragraph report = new Paragraph(text("shell.report.before") + " ");
        report.add(new Anchor("mailto:" + address, address));
        report.add(text("shell.report.after"));
        return report;
    }

    /** The bare address of {@code Name <address>}, or the whole text when it has no angle brackets. */
    static String address(String contact) {
        Matcher angle = ANGLE_ADDRESS.matcher(contact);
        return angle.find() ? angle.group(1).strip() : contact.strip();
    }
}
