package app.staffroom.shell.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.testing.Demo;
import app.staffroom.testing.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * An address with no screen behind it: said inside the usual frame, in the reader's language, with a way on.
 */
class NotFoundTest extends KaribuTest {

    @Test
    void an_address_that_is_no_screen_is_said_inside_the_frame_with_the_first_screen_offered() {
        enter(Demo.GRACE_FRONT_DESK);

        assertThat(_get(H1.class).getText()).isEqualTo("Page not found");
        assertThat(_get(Anchor.class, spec -> spec.withText("Go to your first screen")).getHref()).isEmpty();
        assertThat(_get(AppLayout.class)).as("the navigation stays").isInstanceOf(MainLayout.class);
        awaitUi(() -> UI.getCurrent().getInternals().getTitle().equals("Page not found · " + Demo.HARBOUR + " · Staffroom"));
    }

    @Test
    void a_navigation_to_no_screen_reads_the_same_in_the_readers_language_and_answers_not_found() {
        enter(Demo.GRACE_FRONT_DESK);
        UI ui = UI.getCurrent();
        ui.setLocale(Locale.FRENCH);

        int status = ui.getInternals().getRouter().navigate(ui, new Location("no-such-screen"), NavigationTrigger.PROGRAMMATIC);

        assertThat(status).isEqualTo(404);
        assertThat(_get(NoScreenError.class)).isNotNull();
        assertThat(_get(H1.class).getText()).isEqualTo("Page introuvable");
        assertThat(_get(AppLayout.class)).isInstanceOf(MainLayout.class);
    }

    /** Signs in and opens the not-found page, once the practice is entered. */
    private void enter(String email) {
        signIn(email);
        UI.getCurrent().navigate(NotFoundView.class);
        awaitUi(() -> !_find(NotFoundView.class).isEmpty());
    }
}
