package app.staffroom.workspace.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Demo;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.KaribuTest;
import app.staffroom.testing.Mailbox;
import app.staffroom.workspace.PracticeRules;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

class InstanceViewTest extends KaribuTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Mailbox mailbox;

    @Autowired
    DatabaseClient db;

    @Test
    void an_operator_creates_a_practice_from_the_header_and_its_administrator_is_invited() {
        signIn(Demo.OLIVIA_ADMIN);
        UI.getCurrent().navigate(InstanceView.class);
        awaitUi(() -> !_find(Button.class, spec -> spec.withText(Demo.HARBOUR)).isEmpty());
        _click(_get(Button.class, spec -> spec.withText(Demo.HARBOUR)));
        awaitUi(() -> !_find(RouterLink.class, spec -> spec.withClasses("instance-link")).isEmpty()
                && !_find(Button.class, spec -> spec.withText("Create practice and invite")).isEmpty());
        String slug = "lakeside-" + UUID.randomUUID().toString().substring(0, 8);
        String email = Mailbox.uniqueEmail();

        field("Practice name").setValue("Lakeside Clinic");
        assertThat(field("Booking-page address").getValue()).as("suggested from the name").isEqualTo("lakeside-clinic");
        field("Booking-page address").setValue("Not An Address");
        _click(_get(Button.class, spec -> spec.withText("Create practice and invite")));
        assertThat(field("Booking-page address").isInvalid()).isTrue();

        field("Booking-page address").setValue(slug);
        choose("Country", PracticeRules.country("NZ").orElseThrow());
        choose("Time zone", "Pacific/Auckland");
        field("First clinic").setValue("Lakeside");
        field("First name").setValue("Tane");
        field("Last name").setValue("Walker");
        field("Email").setValue(email);
        _click(_get(Button.class, spec -> spec.withText("Create practice and invite")));

        awaitUi(() -> field("Practice name").getValue().isEmpty());
        assertThat(db.sql("select time_zone || ' ' || currency from workspace where slug = :s").bind("s", slug)
                .map(row -> row.get(0, String.class)).one().block(Duration.ofSeconds(10))).isEqualTo("Pacific/Auckland NZD");
        assertThat(mailbox.latestTo(email)).contains("Lakeside Clinic");
        assertThat(_find(ListItem.class).stream().map(ListItem::getText)).anyMatch(text -> text.contains(Demo.OLIVIA_ADMIN));
    }

    @Test
    void someone_who_does_not_operate_the_instance_gets_neither_the_link_nor_the_form() {
        Clinic clinic = fixtures.newClinic();
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        signIn(fixtures.email(admin));
        UI.getCurrent().navigate(InstanceView.class);
        awaitUi(() -> _find(Paragraph.class).stream().anyMatch(p -> p.isVisible() && p.getText().startsWith("Only the operators")));
        assertThat(_find(Button.class, spec -> spec.withText("Create practice and invite"))).as("visible ones").isEmpty();
        assertThat(_find(RouterLink.class, spec -> spec.withClasses("instance-link"))).as("visible ones").isEmpty();
    }

    private static TextField field(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }

    @SuppressWarnings("unchecked")
    private static <T> void choose(String label, T value) {
        ComboBox<T> box = _get(ComboBox.class, spec -> spec.withLabel(label));
        box.setValue(value);
    }
}
