package app.staffroom.team.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.profile.ProfileService;
import app.staffroom.team.TeammateChange;
import app.staffroom.team.TeammateService;
import app.staffroom.team.TeammateStatus;
import app.staffroom.team.TeammateSummary;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.GridRows;
import app.staffroom.testing.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The drawer and the list show a teammate's photo through a URL named by the photo's version: a change
 * to anything else leaves the URL, and so the browser's copy, as it was; a new photo gets a new URL.
 */
class TeammateDrawerPhotoTest extends KaribuTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    @Autowired
    Fixtures fixtures;

    @Autowired
    TeammateService teammates;

    @Autowired
    ProfileService profiles;

    @Test
    void a_live_change_reloads_the_drawer_without_a_new_photo_url_and_a_new_photo_gets_one() throws IOException {
        Clinic clinic = fixtures.newClinic();
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        UUID person = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        profiles.uploadPhoto(fixtures.actor(person), png(Color.ORANGE)).block(LIMIT);
        signIn(fixtures.email(admin));
        UI.getCurrent().navigate(TeammatesView.class);
        awaitUi(() -> rows().size() == 2);
        openDrawerOf(fixtures.email(person));

        String first = drawerPhoto();
        assertThat(first).as("a URL that names the teammate and the photo's version, not the photo itself")
                .contains("teammate=" + person).contains("&v=").doesNotStartWith("data:");
        Integer listed = row(person).photoVersion();

        teammates.update(fixtures.actor(admin), new TeammateChange(person, 1, clinic.managerRole(),
                Set.of(clinic.mainLocation()), clinic.mainLocation(), false)).block(LIMIT);
        awaitUi(() -> row(person).roleName().equals("Practice Manager"));
        // Nothing was typed in the drawer: it shows the change made elsewhere at once, no reload asked for.
        awaitUi(() -> _get(Select.class, spec -> spec.withLabel("Role")).getValue().toString().contains("Practice Manager"));
        assertThat(_find(Button.class, spec -> spec.withText("Reload"))).allMatch(button -> !button.isVisible());
        assertThat(drawerPhoto()).as("the same photo keeps its URL").isEqualTo(first);
        assertThat(row(person).photoVersion()).as("in the list too").isEqualTo(listed);

        profiles.uploadPhoto(fixtures.actor(person), png(Color.MAGENTA)).block(LIMIT);
        awaitUi(() -> !drawerPhoto().equals(first));
        assertThat(drawerPhoto()).contains("teammate=" + person).contains("&v=");
        awaitUi(() -> !Objects.equals(row(person).photoVersion(), listed));

        profiles.removePhoto(fixtures.actor(person)).block(LIMIT);
        awaitUi(() -> drawerPhoto().isEmpty());
    }

    private static String drawerPhoto() {
        return Objects.requireNonNullElse(_get(Avatar.class, spec -> spec.withClasses("drawer-photo")).getImage(), "");
    }

    private static byte[] png(Color colour) throws IOException {
        BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        Graphics2D paint = image.createGraphics();
        paint.setColor(colour);
        paint.fillRect(0, 0, 64, 64);
        paint.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static List<TeammateSummary> rows() {
        return GridRows.ofFirstGrid();
    }

    private static TeammateSummary row(UUID teammate) {
        return rows().stream().filter(row -> row.id().equals(teammate)).findFirst().orElseThrow();
    }
}
