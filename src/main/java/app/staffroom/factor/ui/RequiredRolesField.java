package app.staffroom.factor.ui;

import app.staffroom.factor.TwoFactorPolicy.RoleRule;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The roles whose holders must have a second step: one checkbox per role, the value being the chosen role ids.
 * Each checkbox keeps its own state on the server, so a list of roles that arrives after the screen opened
 * cannot lose the ticks it shows.
 */
class RequiredRolesField extends CustomField<Set<UUID>> {

    private final Div boxes = new Div();
    private final Map<UUID, Checkbox> byRole = new LinkedHashMap<>();

    RequiredRolesField(String label) {
        setLabel(label);
        boxes.addClassName("required-roles");
        add(boxes);
    }

    /** Offers these roles, ticked as they are required now. */
    void offer(List<RoleRule> roles) {
        boxes.removeAll();
        byRole.clear();
        for (RoleRule role : roles) {
            Checkbox box = new Checkbox(role.shownRoleName(), role.required());
            box.addValueChangeListener(change -> updateValue());
            byRole.put(role.roleId(), box);
            boxes.add(box);
        }
        updateValue();
    }

    @Override
    protected Set<UUID> generateModelValue() {
        Set<UUID> chosen = new LinkedHashSet<>();
        byRole.forEach((role, box) -> {
            if (box.getValue()) {
                chosen.add(role);
            }
        });
        return chosen;
    }

    @Override
    protected void setPresentationValue(Set<UUID> chosen) {
        byRole.forEach((role, box) -> box.setValue(chosen != null && chosen.contains(role)));
    }
}
