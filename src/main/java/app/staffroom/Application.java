package app.staffroom;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@ColorScheme(ColorScheme.Value.LIGHT_DARK)
public class Application implements AppShellConfigurator {

    /** Staffroom's colour, for the browser's own parts of the window and a phone's home screen. */
    public static final String THEME_COLOUR = "#0f766e";

    /**
     * The icons, the web app manifest (so a phone can pin Staffroom to its home screen) and the theme colour, on
     * every page. The addresses are relative: they follow the page's base address under any context path.
     */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "favicon.ico", "48x48");
        settings.addLink("favicon.svg", Map.of("rel", "icon", "type", "image/svg+xml"));
        settings.addFavIcon("apple-touch-icon", "icons/apple-touch-icon.png", "180x180");
        settings.addLink("manifest", "manifest.webmanifest");
        settings.addMetaTag("theme-color", THEME_COLOUR);
        settings.addMetaTag("apple-mobile-web-app-title", "Staffroom");
    }

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
