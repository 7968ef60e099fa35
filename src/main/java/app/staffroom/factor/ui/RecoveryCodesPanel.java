package app.staffroom.factor.ui;

import static app.staffroom.base.Messages.text;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** New recovery codes, shown this once: each signs in once when the phone or passkey is not at hand. */
class RecoveryCodesPanel extends Div {

    RecoveryCodesPanel(List<String> codes) {
        addClassName("recovery-codes");
        setId("recovery-codes");
        UnorderedList list = new UnorderedList();
        codes.forEach(code -> list.add(new ListItem(code)));
        add(new H3(text("factor.yourRecoveryCodes")), new Paragraph(text("factor.codes.keepThemSafe")), list);
    }
}
