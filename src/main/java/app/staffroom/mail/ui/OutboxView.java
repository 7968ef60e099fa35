package app.staffroom.mail.ui;

import static app.staffroom.base.Messages.label;
import static app.staffroom.base.Messages.text;

import app.staffroom.base.ui.Async;
import app.staffroom.base.ui.Formats;
import app.staffroom.base.ui.PracticeTime;
import app.staffroom.mail.Outbox;
import app.staffroom.mail.OutboxStatus;
import app.staffroom.mail.SentMail;
import app.staffroom.mail.SentText;
import app.staffroom.mail.TextOutbox;
import app.staffroom.role.Permission;
import app.staffroom.role.RequiresPermission;
import app.staffroom.security.CurrentActor;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;
import java.util.regex.Pattern;

/**
 * Development only: this practice's mail as the embedded SMTP server received it, and its text messages as the
 * development SMS gateway received them, so the flows can be tried on a machine without a mail server or SMS
 * gateway. Links and codes show only in the viewer's own messages.
 */
@Route("dev/outbox")
@PageTitle("titles.developmentOutbox")
@PermitAll
@RequiresPermission(Permission.TEAM_MANAGE_USERS)
public class OutboxView extends Main {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private final Outbox outbox;
    private final CurrentActor currentActor;
    private final Grid<SentMail> grid = new Grid<>();
    private final TextOutbox texts;
    private final Grid<SentText> textGrid = new Grid<>();

    public OutboxView(Outbox outbox, TextOutbox texts, CurrentActor currentActor) {
        this.outbox = outbox;
        this.texts = texts;
        this.currentActor = currentActor;
        addClassName("outbox-view");
        add(new H1(text("mail.developmentOutbox")), new Paragraph(outbox.isEmbedded()
                ? text("mail.embedded")
                : text("mail.mailGoesOutThroughTheConfigured")), grid);
        grid.addColumn(mail -> Formats.dateTime(mail.createdAt())).setHeader(text("mail.queued")).setKey("createdAt").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(SentMail::recipient).setHeader(text("mail.to")).setKey("to");
        grid.addColumn(SentMail::subject).setHeader(text("mail.subject")).setKey("subject").setFlexGrow(2);
        grid.addColumn(mail -> label(mail.status())).setHeader(text("mail.status")).setKey("status").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(OutboxView::link).setHeader(text("mail.link")).setKey("link").setFlexGrow(2);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(mail -> new Pre(held(mail.text(), mail.status()))));
        add(new H2(text("mail.textMessages")), new Paragraph(texts.isDevelopment()
                ? text("mail.texts.development")
                : text("mail.textMessagesGoOutThroughThe")), textGrid);
        textGrid.addClassName("text-outbox");
        textGrid.addColumn(text -> Formats.dateTime(text.createdAt())).setHeader(text("mail.queued")).setKey("createdAt")
                .setAutoWidth(true).setFlexGrow(0);
        textGrid.addColumn(SentText::recipient).setHeader(text("mail.to")).setKey("to").setAutoWidth(true);
        textGrid.addColumn(sent -> held(sent.text(), sent.status())).setHeader(text("mail.message")).setKey("text").setFlexGrow(3);
        textGrid.addColumn(sent -> label(sent.status())).setHeader(text("mail.status")).setKey("status").setAutoWidth(true).setFlexGrow(0);
        textGrid.setAllRowsVisible(true);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        PracticeTime.onChange(this, () -> {
            grid.getDataProvider().refreshAll();
            textGrid.getDataProvider().refreshAll();
        });
        grid.setVisible(outbox.isEmbedded());
        textGrid.setVisible(texts.isDevelopment());
        currentActor.get().ifPresent(actor -> {
            if (outbox.isEmbedded()) {
                Async.load(this, outbox.recent(actor).collectList(), grid::setItems);
            }
            if (texts.isDevelopment()) {
                Async.load(this, texts.recent(actor).collectList(), textGrid::setItems);
            }
        });
    }

    /** A message's text, else why the development server does not hold it. */
    private static String held(@Nullable String received, OutboxStatus status) {
        return received != null ? received : text(status == OutboxStatus.SENT ? "mail.sentTextNotKept" : "mail.notDeliveredYet");
    }

    private static Div link(SentMail mail) {
        Matcher link = LINK.matcher(mail.text() == null ? "" : mail.text());
        return link.find() ? new Div(new Anchor(link.group(), text("mail.openLink"))) : new Div();
    }
}
