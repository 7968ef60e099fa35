package app.staffroom.shell.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.security.ui.LoginView;
import app.staffroom.testing.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/** The accessibility statement: linked from the sign-in page, open without signing in, with where to report. */
class AccessibilityStatementTest extends KaribuTest {

    @Value("${staffroom.accessibility.contact}")
    String contact;

    @Test
    void the_sign_in_page_links_to_the_statement_which_opens_without_signing_in() {
        UI.getCurrent().navigate(LoginView.class);
        Anchor link = _find(Anchor.class).stream().filter(anchor -> anchor.getText().equals("Accessibility"))
                .findFirst().orElseThrow();

        UI.getCurrent().navigate(link.getHref());

        assertThat(_get(H1.class).getText()).isEqualTo("Accessibility");
        assertThat(_find(H2.class).stream().map(H2::getText).toList())
                .containsExactly("What works", "How it is checked", "What is known not to work", "Report a problem");
    }

    @Test
    void the_statement_names_the_configured_address_to_report_a_problem() {
        UI.getCurrent().navigate(AccessibilityStatementView.class);

        List<String> mailto = _find(Anchor.class).stream().map(Anchor::getHref).filter(href -> href.startsWith("mailto:")).toList();
        assertThat(mailto).containsExactly("mailto:" + AccessibilityStatementView.address(contact));
        assertThat(mailto.getFirst()).contains("@").doesNotContain("<");
    }

    @Test
    void a_sender_with_a_name_gives_its_bare_address() {
        assertThat(AccessibilityStatementView.address("Harbour Aesthetics <help@harbour.example>")).isEqualTo("help@harbour.example");
        assertThat(AccessibilityStatementView.address(" access@clinic.example ")).isEqualTo("access@clinic.example");
    }
}
