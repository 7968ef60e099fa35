package app.staffroom.history.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.CsvExport;
import app.staffroom.base.Messages;
import app.staffroom.history.AuditFilter;
import app.staffroom.history.AuditRecord;
import app.staffroom.history.AuditWording;
import app.staffroom.live.LiveFeed;
import app.staffroom.history.AuditSearch;
import app.staffroom.base.TypedText;
import app.staffroom.base.ui.Async;
import app.staffroom.base.ui.DatePickers;
import app.staffroom.base.ui.Formats;
import app.staffroom.base.ui.ListCard;
import app.staffroom.base.ui.NarrowScreens;
import app.staffroom.base.ui.PracticeTime;
import app.staffroom.role.Permission;
import app.staffroom.role.RequiresPermission;
import app.staffroom.security.Actor;
import app.staffroom.security.CurrentActor;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Every change in the workspace, who made it and the values before and after; exportable as CSV. */
@Route("audit")
@PageTitle("titles.auditTrail")
@Menu(title = "shell.menu.auditTrail", order = 4, icon = "vaadin:clipboard-text")
@PermitAll
@RequiresPermission(Permission.AUDIT_VIEW)
public class AuditTrailView extends Main {

    private final AuditSearch audit;
    private final CurrentActor currentActor;
    private final LiveFeed live;
    private final TextField actorFilter = new TextField(text("history.who"));
    private final TextField targetFilter = new TextField(text("history.target"));
    private final Select<String> actionFilter = new Select<>();
    private final DatePicker from = new DatePicker(text("history.from"));
    private final DatePicker to = new DatePicker(text("history.to"));
    private final Grid<AuditRecord> grid = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private final Div export = new Div();
    private @Nullable Actor actor;

    public AuditTrailView(AuditSearch audit, CurrentActor currentActor, LiveFeed live) {
        this.audit = audit;
        this.currentActor = currentActor;
        this.live = live;
        addClassName("audit-view");
        for (TextField field : List.of(actorFilter, targetFilter)) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setClearButtonVisible(true);
            field.addValueChangeListener(event -> {
                String problem = TypedText.problem(field.getValue());
                field.setInvalid(problem != null);
                field.setErrorMessage(problem);
                if (problem == null) {
                    refresh();
                }
            });
        }
        actionFilter.setLabel(text("history.action"));
        actionFilter.setEmptySelectionAllowed(true);
        actionFilter.setEmptySelectionCaption(text("history.anyAction"));
        actionFilter.setItemLabelGenerator(code -> code == null ? text("history.anyAction") : AuditWording.action(code, Messages.currentLocale()));
        actionFilter.addValueChangeListener(event -> refresh());
        // Each picker offers only days that make a range with the other: "from" after "to" cannot be chosen.
        from.addValueChangeListener(event -> {
            to.setMin(event.getValue());
            refresh();
        });
        to.addValueChangeListener(event -> {
            from.setMax(event.getValue());
            refresh();
        });
        from.setI18n(DatePickers.i18n().setMaxErrorMessage(text("history.theFirstDayComesAfterThe")));
        to.setI18n(DatePickers.i18n().setMinErrorMessage(text("history.theLastDayComesBeforeThe")));
        Button prepare = new Button(text("history.exportCsv"), click -> prepareExport());
        Div filters = new Div(actorFilter, targetFilter, actionFilter, from, to, prepare, export);
        filters.addClassName("teammates-toolbar");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(record -> Formats.dateTime(record.occurredAt())).setHeader(text("history.when")).setKey("when").setAutoWidth(true);
        grid.addColumn(AuditRecord::actor).setHeader(text("history.who")).setKey("actor");
        grid.addColumn(AuditRecord::actionLabel).setHeader(text("history.action")).setKey("action").setAutoWidth(true);
        grid.addColumn(record -> Objects.requireNonNullElse(record.target(), "—")).setHeader(text("history.target")).setKey("target");
        grid.addComponentColumn(AuditTrailView::changes).setHeader(text("history.changes")).setKey("changes").setFlexGrow(3);
        // A narrow window's one column: the action, when and by whom, its target and its changes, one under the other.
        grid.addComponentColumn(record -> new ListCard(record.actionLabel(),
                        text("history.card.when", Formats.dateTime(record.occurredAt()), record.actor()),
                        Objects.requireNonNullElse(record.target(), "")).with(changes(record)))
                .setHeader(text("history.event")).setKey("card");
        add(new H1(text("history.auditTrail")), filters, summary, grid);
        NarrowScreens.oneColumn(this, grid, "card");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        currentActor.get().ifPresent(signedIn -> {
            actor = signedIn;
            // The dates of the filter are the practice's days: another zone is another answer.
            PracticeTime.onChange(this, this::refresh);
            Async.load(this, audit.actions(signedIn).collectList(), actionFilter::setItems);
            // Follow first, then read: an event recorded while the first read is under way still shows.
            Async.follow(this, live.events().filter(event -> event.concerns(signedIn.workspaceId())), 1, event -> refresh());
            refresh();
        });
    }

    AuditFilter filter() {
        return new AuditFilter(actorFilter.getValue(), targetFilter.getValue(), actionFilter.getValue(),
                from.getValue(), to.getValue());
    }

    private void refresh() {
        if (actor == null || actorFilter.isInvalid() || targetFilter.isInvalid()) {
            return;
        }
        export.removeAll();
        AuditFilter requested = filter();
        Async.load(this, audit.search(actor, requested, Messages.currentLocale()).collectList(), records -> {
            if (!requested.equals(filter())) {
                return; // an answer to filters changed since: the newer request's answer is on its way
            }
            grid.setItems(records);
            summary.setText(records.size() >= AuditSearch.SHOWN
                    ? text("history.capped", AuditSearch.SHOWN)
                    : text("history.count", records.size()));
        });
    }

    private static Div changes(AuditRecord record) {
        Div list = new Div();
        list.addClassName("audit-changes");
        for (AuditWording.FieldChange change : record.changes()) {
            Div line = new Div(new Span(AuditWording.line(change, Messages.currentLocale())));
            line.addClassName("audit-change");
            list.add(line);
        }
        return list;
    }

    private void prepareExport() {
        Async.load(this, audit.exportCsv(Objects.requireNonNull(actor), filter(), Messages.currentLocale()), bytes -> {
            export.removeAll();
            String fileName = text("history.csv.fileName");
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                    new ByteArrayInputStream(bytes), fileName, CsvExport.MEDIA_TYPE, bytes.length)),
                    text("history.downloadAuditTrailCsv", fileName));
            download.getElement().setAttribute("download", fileName);
            download.setId("audit-download");
            export.add(download);
        });
    }
}
