package app.staffroom.team.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.Messages;

import app.staffroom.base.TypedText;
import app.staffroom.location.LocationSummary;
import app.staffroom.role.RoleSummary;
import app.staffroom.team.TeammateFilter;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import java.util.List;

/**
 * The team list's toolbar: search, role, location and provider. It tells the screen how a person changed
 * the filter (as a change to apply to the current one); the screen keeps the filter and the URL.
 */
class TeammateFilters extends Div {

    private final TextField search = new TextField();
    // Combo boxes rather than selects: their choices reach the browser when opened, not as components held per screen.
    private final ComboBox<RoleSummary> roleFilter = new ComboBox<>();
    private final ComboBox<LocationSummary> locationFilter = new ComboBox<>();
    private final ComboBox<ProviderChoice> providerFilter = new ComboBox<>();

    /** @param changed receives each change a person makes, to apply to the filter the list shows */
    TeammateFilters(SerializableConsumer<SerializableFunction<TeammateFilter, TeammateFilter>> changed) {
        addClassName("teammates-toolbar");
        search.setPlaceholder(text("team.searchNameOrEmail"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setMaxLength(100);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(300);
        search.setAriaLabel(text("team.searchTeammates"));
        search.setId("teammate-search");
        search.addValueChangeListener(event -> {
            if (event.isFromClient() && searchable(search)) {
                changed.accept(filter -> filter.withSearch(event.getValue()));
            }
        });
        roleFilter.setPlaceholder(text("team.allRoles"));
        roleFilter.setAriaLabel(text("team.role"));
        roleFilter.setId("role-filter");
        roleFilter.setClearButtonVisible(true);
        roleFilter.setItemLabelGenerator(RoleSummary::shownName);
        roleFilter.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                changed.accept(filter -> filter.withRole(event.getValue() == null ? null : event.getValue().id()));
            }
        });
        locationFilter.setPlaceholder(text("team.allLocations"));
        locationFilter.setAriaLabel(text("team.location"));
        locationFilter.setId("location-filter");
        locationFilter.setClearButtonVisible(true);
        locationFilter.setItemLabelGenerator(LocationSummary::name);
        locationFilter.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                changed.accept(filter -> filter.withLocation(event.getValue() == null ? null : event.getValue().id()));
            }
        });
        providerFilter.setAriaLabel(text("team.provider"));
        providerFilter.setId("provider-filter");
        providerFilter.setItems(ProviderChoice.values());
        providerFilter.setItemLabelGenerator(Messages::label);
        providerFilter.setAllowCustomValue(false);
        providerFilter.setValue(ProviderChoice.ANYONE);
        providerFilter.addValueChangeListener(event -> {
            if (!event.isFromClient()) {
                return;
            }
            if (event.getValue() == null) {
                // Cleared: back to everyone, which is a choice of its own.
                providerFilter.setValue(ProviderChoice.ANYONE);
            }
            Boolean provider = providerFilter.getValue().value();
            changed.accept(filter -> filter.withProvider(provider));
        });
        add(search, roleFilter, locationFilter, providerFilter);
    }

    /**
     * Shows the search and provider choice of a filter read from a link, and answers the filter to list: a
     * search that no name or email can hold stays in its field with the problem, and the list leaves it out.
     */
    TeammateFilter show(TeammateFilter filter) {
        search.setValue(filter.search());
        providerFilter.setValue(ProviderChoice.of(filter.provider()));
        return searchable(search) ? filter : filter.withSearch("");
    }

    /** The roles and locations to choose from, with the filter's own selected. */
    void showChoices(List<RoleSummary> roles, List<LocationSummary> locations, TeammateFilter filter) {
        roleFilter.setItems(roles);
        roleFilter.setValue(roles.stream().filter(role -> role.id().equals(filter.roleId())).findFirst().orElse(null));
        locationFilter.setItems(locations);
        locationFilter.setValue(locations.stream()
                .filter(location -> location.id().equals(filter.locationId())).findFirst().orElse(null));
    }

    /** A search that holds what no name or email can is refused on its field, and the list stays as it was. */
    static boolean searchable(TextField field) {
        String problem = TypedText.problem(field.getValue());
        field.setInvalid(problem != null);
        field.setErrorMessage(problem);
        return problem == null;
    }
}
