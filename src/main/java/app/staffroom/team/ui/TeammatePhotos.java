package app.staffroom.team.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.GridFetch;
import app.staffroom.security.Actor;
import app.staffroom.team.TeammateService;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;

/**
 * Serves the photos of the team list at {@code <registered URL>?teammate=<id>&v=<photo version>}. Every
 * request is checked by the service as the screen's actor: a photo is shown to whoever may see the person.
 */
final class TeammatePhotos implements DownloadHandler {

    private final TeammateService teammates;
    private final Actor actor;

    TeammatePhotos(TeammateService teammates, Actor actor) {
        this.teammates = teammates;
        this.actor = actor;
    }

    @Override
    public void handleDownloadRequest(DownloadEvent event) throws IOException {
        Optional<byte[]> photo = teammate(event.getRequest().getParameter("teammate"))
                // The browser waits on a servlet thread here, as it does for a lazy grid's rows.
                .flatMap(teammate -> GridFetch.rows(teammates.photo(actor, teammate).flux()).findFirst());
        if (photo.isEmpty()) {
            event.getResponse().setStatus(404);
            return;
        }
        event.setContentType("image/jpeg");
        event.setContentLength(photo.get().length);
        // The URL names the photo's version, so a changed photo has a new URL.
        event.getResponse().setHeader("Cache-Control", "private, max-age=86400");
        event.getOutputStream().write(photo.get());
    }

    private static Optional<UUID> teammate(String parameter) {
        try {
            return Optional.of(UUID.fromString(parameter));
        } catch (RuntimeException notAnId) {
            return Optional.empty();
        }
    }
}
