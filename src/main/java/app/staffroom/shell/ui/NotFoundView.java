package app.staffroom.shell.ui;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * What a signed-in person sees at an address with no screen, or with a screen they may not open (both read the
 * same, so an address does not tell whether a screen exists): inside the usual frame, with its navigation, and a
 * way to the first screen. An address typed into the browser is sent here by the security configuration
 * ({@link #ROUTE}); a navigation inside the application shows {@link NoScreenError}. Someone not signed in signs
 * in first.
 */
@Route(NotFoundView.ROUTE)
@PageTitle("titles.notFound")
@PermitAll
public class NotFoundView extends NotFoundPage {

    /** Where an address that is no screen leads a signed-in person. */
    public static final String ROUTE = "not-found";
}
