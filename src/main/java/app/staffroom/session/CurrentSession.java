package app.staffroom.session;

import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The signed-in session a screen belongs to, as {@link SessionRegistry} recorded it. */
@Component
public class CurrentSession {

    /** The id of the current Vaadin session's row; empty outside a UI or before the session was recorded. */
    public Optional<UUID> id() {
        VaadinSession vaadin = VaadinSession.getCurrent();
        if (vaadin == null || vaadin.getSession() == null) {
            return Optional.empty();
        }
        return vaadin.getSession().getAttribute(SessionRegistry.ROW) instanceof SessionRegistry.Row row
                ? Optional.of(row.id()) : Optional.empty();
    }

    /** The id of this servlet session's row; empty before the session was recorded. */
    public Optional<UUID> id(HttpSession session) {
        return session.getAttribute(SessionRegistry.ROW) instanceof SessionRegistry.Row row
                ? Optional.of(row.id()) : Optional.empty();
    }
}
