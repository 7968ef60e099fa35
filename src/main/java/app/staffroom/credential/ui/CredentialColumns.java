package app.staffroom.credential.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.Languages;
import app.staffroom.base.Messages;
import app.staffroom.base.ui.ListCard;
import app.staffroom.credential.Credential;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The columns every list of credentials shows, the same on My profile and the Credentials screen. */
final class CredentialColumns {


    /** The key of the column that a narrow window shows alone. */
    static final String CARD = "card";

    private CredentialColumns() {
    }

    static Grid<Credential> grid(boolean withProvider) {
        Grid<Credential> grid = new Grid<>();
        if (withProvider) {
            grid.addColumn(Credential::providerName).setHeader(text("credential.provider")).setAutoWidth(true).setFlexGrow(1);
            grid.addColumn(Credential::locations).setHeader(text("credential.locations")).setAutoWidth(true);
        }
        grid.addColumn(Credential::typeName).setHeader(text("credential.type")).setAutoWidth(true);
        grid.addColumn(Credential::number).setHeader(text("credential.number")).setAutoWidth(true);
        grid.addColumn(Credential::issuer).setHeader(text("credential.issuedBy")).setAutoWidth(true);
        grid.addColumn(credential -> date(credential.expiresOn())).setHeader(text("credential.expires")).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(CredentialColumns::standing)).setHeader(text("credential.standing")).setAutoWidth(true);
        grid.addColumn(credential -> credential.required() ? text("credential.required") : "").setHeader(text("credential.booking")).setAutoWidth(true);
        grid.addColumn(credential -> credential.documentType() == null ? "" : "✓").setHeader(text("credential.document"))
                .setTextAlign(ColumnTextAlign.CENTER).setAutoWidth(true);
        // A narrow window's one column (see NarrowScreens.oneColumn): the same facts, one under the other.
        grid.addColumn(new ComponentRenderer<>(credential -> card(credential, withProvider))).setHeader(text("credential.credential"))
                .setKey(CARD);
        return grid;
    }

    private static ListCard card(Credential credential, boolean withProvider) {
        String what = text("credential.card.what", credential.typeName(), credential.number(), credential.issuer());
        String expires = credential.expiresOn() == null ? "" : text("credential.card.expires", date(credential.expiresOn()));
        ListCard card = withProvider ? new ListCard(credential.providerName(), credential.locations(), what, expires)
                : new ListCard(what, expires);
        List<Component> parts = new ArrayList<>(List.of(standing(credential)));
        if (credential.required()) {
            parts.add(new Span(text("credential.required")));
        }
        if (credential.documentType() != null) {
            parts.add(new Span(text("credential.card.document")));
        }
        return card.with(parts.toArray(Component[]::new));
    }

    static Span standing(Credential credential) {
        Span badge = new Span(credential.standing());
        badge.getElement().getThemeList().add("badge");
        if (credential.lapsed()) {
            badge.getElement().getThemeList().add("error");
        } else if (credential.daysLeft() != null && credential.daysLeft() <= 30) {
            badge.getElement().getThemeList().add("warning");
        } else if (credential.daysLeft() != null && credential.daysLeft() <= 90) {
            badge.getElement().getThemeList().add("contrast");
        }
        return badge;
    }

    static String date(@Nullable LocalDate date) {
        // A calendar day, not a moment: no time zone, in the words of the reader's language ("25 nov. 2026").
        return date == null ? "—" : DateTimeFormatter.ofPattern("d MMM yyyy", Languages.supported(Messages.currentLocale()))
                .format(date);
    }
}
