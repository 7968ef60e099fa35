package app.staffroom.profile.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.profile.ProfileService;
import app.staffroom.security.Actor;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** My profile's phones: a number given twice is refused on its field, never dropped; extensions come back as such. */
class MyProfilePhonesTest extends KaribuTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    @Autowired
    Fixtures fixtures;

    @Autowired
    ProfileService profiles;

    @ParameterizedTest
    @ValueSource(strings = {"+1 415 555 0132 ext. 77", "+1 415 555 0132 #77", "+1 415 555 0132, 77", "+1 415 555 0132;77"})
    void phone_4_the_same_as_phone_2_is_refused_on_phone_4_and_what_was_stored_stays(String typed) {
        Clinic clinic = fixtures.newClinic();
        UUID me = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        Actor actor = fixtures.actor(me);
        profiles.saveIdentity(actor, "Pat", "Person", List.of("+1 415 555 0100", "+1 415 555 0132 ext. 77",
                "+1 415 555 0111", "+1 415 555 0199")).block(LIMIT);
        signIn(fixtures.email(me));
        UI.getCurrent().navigate(MyProfileView.class);
        awaitUi(() -> _find(TextField.class, spec -> spec.withLabel("Phone 4")).stream()
                .anyMatch(field -> !field.getValue().isEmpty()));

        _setValue(phone(4), typed);
        _click(_get(Button.class, spec -> spec.withText("Save name and phones")));

        assertThat(phone(4).isInvalid()).isTrue();
        assertThat(phone(4).getErrorMessage()).isEqualTo("Same number as Phone 2.");
        assertThat(phone(4).getValue()).as("what was typed stays to be corrected").isEqualTo(typed);
        assertThat(phone(2).isInvalid()).isFalse();
        assertThat(fixtures.teammateColumn(me, "phones")).isEqualTo("{+14155550100,+14155550132;ext=77,+14155550111,+14155550199}");

        _setValue(phone(4), typed.replace("0132", "0150"));
        _click(_get(Button.class, spec -> spec.withText("Save name and phones")));
        awaitUi(() -> fixtures.teammateColumn(me, "phones")
                .equals("{+14155550100,+14155550132;ext=77,+14155550111,+14155550150;ext=77}")
                && phone(4).getValue().equals("+1 415-555-0150 ext. 77"));
        assertThat(_find(TextField.class).stream().filter(TextField::isInvalid)).isEmpty();
    }

    private static TextField phone(int number) {
        return _get(TextField.class, spec -> spec.withLabel("Phone " + number));
    }
}
