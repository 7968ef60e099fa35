package app.staffroom.team;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.team.ui.TeammatesView;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.KaribuTest;
import app.staffroom.workspace.ui.SettingsView;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The dormant-account rule in Settings and the exemption in a teammate's drawer. */
class DormancyScreenTest extends KaribuTest {

    @Autowired
    Fixtures fixtures;

    @Test
    void an_admin_turns_the_rule_on_in_settings_and_a_number_out_of_range_is_refused_on_its_field() {
        Clinic clinic = fixtures.newClinic();
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        signIn(fixtures.email(admin));
        UI.getCurrent().navigate(SettingsView.class);
        awaitUi(() -> !_find(Checkbox.class, spec -> spec.withLabel("Deactivate teammates who have not signed in for a while")).isEmpty());

        HasValueUtilsKt._setValue(_get(Checkbox.class, spec -> spec.withLabel("Deactivate teammates who have not signed in for a while")),
                true, true);
        IntegerField days = _get(IntegerField.class, spec -> spec.withLabel("Days without a sign-in"));
        HasValueUtilsKt._setValue(days, 400, true);
        _click(_get(Button.class, spec -> spec.withText("Save dormant-account rule")));
        assertThat(days.getErrorMessage()).isEqualTo(DormancyRules.days());
        assertThat(column(clinic)).isEqualTo("null");

        HasValueUtilsKt._setValue(days, 120, true);
        _click(_get(Button.class, spec -> spec.withText("Save dormant-account rule")));
        awaitUi(() -> "120".equals(column(clinic)));
    }

    @Test
    void an_admin_exempts_a_teammate_with_a_reason_in_the_drawer() {
        Clinic clinic = fixtures.newClinic();
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        UUID person = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        signIn(fixtures.email(admin));
        UI.getCurrent().navigate(TeammatesView.class);
        openDrawerOf(fixtures.email(person));
        awaitUi(() -> !_find(Button.class, spec -> spec.withId("exempt-from-dormancy")).isEmpty());

        _click(_get(Button.class, spec -> spec.withId("exempt-from-dormancy")));
        _click(_get(Button.class, spec -> spec.withId("confirm-dormancy-exemption")));
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Reason (kept in the record)")).getErrorMessage())
                .isEqualTo(DormancyRules.noReason());
        HasValueUtilsKt._setValue(_get(TextArea.class, spec -> spec.withLabel("Reason (kept in the record)")),
                "Parental leave until March", true);
        _click(_get(Button.class, spec -> spec.withId("confirm-dormancy-exemption")));

        awaitUi(() -> "Parental leave until March".equals(fixtures.teammateColumn(person, "dormancy_exemption")));
        awaitUi(() -> !_find(Button.class, spec -> spec.withText("Remove exemption")).isEmpty());
    }

    private String column(Clinic clinic) {
        return fixtures.workspaceColumn(clinic, "dormant_after_days");
    }
}
