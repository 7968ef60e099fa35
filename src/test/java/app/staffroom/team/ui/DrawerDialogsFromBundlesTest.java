package app.staffroom.team.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.base.Languages;
import app.staffroom.team.TeammateStatus;
import app.staffroom.team.TeammateSummary;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.KaribuTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In the pseudo-language every bundled text shows in brackets: the dialogs a teammate's drawer opens show no text
 * from outside the bundles, the person's name aside.
 */
class DrawerDialogsFromBundlesTest extends KaribuTest {

    @Autowired
    Fixtures fixtures;

    @Test
    void the_deactivate_and_temporary_role_dialogs_take_every_text_from_the_bundles() {
        Clinic clinic = fixtures.newClinic();
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        UUID person = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        signIn(fixtures.email(admin));
        UI.getCurrent().setLocale(Languages.PSEUDO);
        UI.getCurrent().navigate(TeammatesView.class);
        TeammateSummary row = openDrawerOf(fixtures.email(person));
        String name = row.firstName() + " " + row.lastName();

        List<String> unbundled = new ArrayList<>();
        for (String opens : List.of("⟦Deactivate…⟧", "⟦Give a temporary role…⟧")) {
            awaitUi(() -> !_find(Button.class, spec -> spec.withText(opens)).isEmpty());
            _click(_get(Button.class, spec -> spec.withText(opens)));
            Dialog dialog = _get(Dialog.class);
            List<String> texts = new ArrayList<>(List.of(dialog.getHeaderTitle()));
            collect(dialog, texts);
            dialog.getFooter().getElement().getChildren().forEach(child -> texts.add(child.getText()));
            texts.stream().map(text -> text.replaceAll("⟦[^⟦⟧]*⟧", " ").replace(name, " "))
                    .filter(rest -> rest.codePoints().anyMatch(Character::isLetter))
                    .forEach(rest -> unbundled.add(opens + ": " + rest.strip()));
            dialog.close();
            awaitUi(() -> _find(Dialog.class).isEmpty());
        }
        assertThat(unbundled).as("texts outside the bundles").isEmpty();
    }

    private static void collect(Component component, List<String> texts) {
        if (component instanceof HasLabel labelled && labelled.getLabel() != null) {
            texts.add(labelled.getLabel());
        }
        if (component instanceof HasText shown && component.getChildren().findAny().isEmpty()) {
            texts.add(shown.getText());
        }
        component.getChildren().forEach(child -> collect(child, texts));
    }
}
