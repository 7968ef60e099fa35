package app.staffroom.location.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.ui.FormProblems;
import app.staffroom.location.ArchiveImpact;
import app.staffroom.location.LocationSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Asks before archiving a location, naming its consequences: who loses access, who is left with no
 * location (then archiving is not offered), and a new default location for each person whose default it was.
 */
class ArchiveLocationDialog extends Dialog {

    private final Paragraph problem = new Paragraph();
    private final VerticalLayout body = new VerticalLayout();
    private final Map<UUID, UUID> newDefaults = new LinkedHashMap<>();
    private final Button confirm;

    ArchiveLocationDialog(ArchiveImpact impact, SerializableConsumer<Map<UUID, UUID>> archive) {
        String name = impact.location().name();
        setHeaderTitle(text("location.archiveQuestion", name));
        body.setPadding(false);
        FormProblems.announce(problem);
        problem.setVisible(false);
        add(body);
        confirm = new Button(text("location.archiveNamed", name), click -> archive.accept(Map.copyOf(newDefaults)));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setId("confirm-archive");
        // A second click while the first is under way would be refused as a location no longer open.
        confirm.setDisableOnClick(true);
        getFooter().add(new Button(text("location.cancel"), click -> close()), confirm);
        show(impact);
    }

    /**
     * Shows what archiving does now: called again when teammates or locations change while the dialog is open,
     * so that giving the last person another location elsewhere lets the archive go ahead.
     */
    void show(ArchiveImpact impact) {
        String name = impact.location().name();
        body.removeAll();
        newDefaults.clear();
        int people = impact.peopleWithAccess();
        body.add(new Paragraph(people == 0 ? text("location.archiveNobody", name)
                : text("location.archivePeople", people, name)));
        body.add(new Paragraph(text("location.itLeavesEveryChoiceAndThe")));
        if (!impact.possible()) {
            body.add(new Paragraph(text("location.itIsTheOnlyLocationOf")),
                    list(impact));
        } else if (!impact.needNewDefault().isEmpty()) {
            body.add(new Paragraph(text("location.itIsTheDefaultLocationOf")));
            for (ArchiveImpact.NewDefaultChoice person : impact.needNewDefault()) {
                Select<LocationSummary> choice = new Select<>();
                choice.setLabel(person.name());
                choice.setItems(person.choices());
                choice.setItemLabelGenerator(LocationSummary::name);
                choice.addValueChangeListener(changed -> newDefaults.put(person.teammateId(), changed.getValue().id()));
                choice.setValue(person.choices().getFirst());
                body.add(choice);
            }
        }
        body.add(problem);
        confirm.setEnabled(impact.possible());
    }

    /** Shows why the archive was refused; the dialog stays open with the choices made. */
    void showProblem(String message) {
        confirm.setEnabled(true);
        problem.setText(message);
        problem.setVisible(true);
    }

    private static UnorderedList list(ArchiveImpact impact) {
        UnorderedList list = new UnorderedList();
        impact.leftWithout().forEach(person -> list.add(new ListItem(person)));
        return list;
    }
}
