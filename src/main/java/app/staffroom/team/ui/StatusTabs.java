package app.staffroom.team.ui;

import static app.staffroom.base.Messages.label;

import app.staffroom.team.TeammateStatus;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The team list's Active / Pending / Inactive tabs, each with its count. */
class StatusTabs extends Tabs {

    private final Map<TeammateStatus, Tab> tabs = new EnumMap<>(TeammateStatus.class);

    /** @param selected receives the status of each tab a person selects */
    StatusTabs(SerializableConsumer<TeammateStatus> selected) {
        for (TeammateStatus status : List.of(TeammateStatus.ACTIVE, TeammateStatus.PENDING, TeammateStatus.INACTIVE)) {
            Tab tab = new Tab(label(status));
            tabs.put(status, tab);
            add(tab);
        }
        addSelectedChangeListener(event -> selected.accept(statusOf(event.getSelectedTab())));
    }

    void select(TeammateStatus status) {
        setSelectedTab(tabs.get(status));
    }

    /** Labels each tab with its count, for example "Active (12)"; a label already right is left alone. */
    void showCounts(Map<TeammateStatus, Long> counts) {
        counts.forEach((status, count) -> {
            Tab tab = tabs.get(status);
            String label = label(status) + " (" + count + ")";
            if (!label.equals(tab.getLabel())) {
                tab.setLabel(label);
            }
        });
    }

    private TeammateStatus statusOf(Tab selected) {
        return tabs.entrySet().stream().filter(entry -> entry.getValue() == selected)
                .map(Map.Entry::getKey).findFirst().orElse(TeammateStatus.ACTIVE);
    }
}
