package app.staffroom.booking.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.ui.Async;
import app.staffroom.booking.BookingPageService;
import app.staffroom.booking.PublicTeam.PublicProvider;
import app.staffroom.booking.PublicTeam;
import app.staffroom.live.LiveEvent;
import app.staffroom.live.LiveFeed;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import app.staffroom.base.ui.PageTitles;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;

/** The practice's team as patients see it when they book, without signing in. Bios are shown as text. */
@Route(value = "book/:practice", autoLayout = false)
@PageTitle("titles.ourTeam")
@AnonymousAllowed
public class TeamPageView extends Main implements BeforeEnterObserver, AfterNavigationObserver {

    private final BookingPageService booking;
    private final LiveFeed live;
    private String practice = "";
    private @Nullable Disposable following;

    public TeamPageView(BookingPageService booking, LiveFeed live) {
        this.booking = booking;
        this.live = live;
        addClassName("team-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        practice = event.getRouteParameters().get("practice").orElse("");
    }

    /** Read on every visit, and again whenever the practice's team changes while the page is open. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Async.load(this, booking.team(practice).map(Optional::of).defaultIfEmpty(Optional.empty()),
                team -> team.ifPresentOrElse(found -> {
                    show(found);
                    follow(found.practiceId());
                }, () -> {
                    removeAll();
                    add(new H1(text("booking.practiceNotFound")), new Paragraph(text("booking.checkTheAddressOfTheBooking")));
                    getUI().ifPresent(ui -> PageTitles.show(ui, PageTitles.naming(text("booking.practiceNotFound"), "")));
                }));
    }

    private void follow(UUID practiceId) {
        if (following != null) {
            following.dispose();
        }
        following = Async.follow(this, live.events().filter(event -> event.concerns(practiceId,
                        LiveEvent.Kind.TEAMMATE, LiveEvent.Kind.LOCATION, LiveEvent.Kind.PRACTICE)), 1,
                event -> Async.load(this, booking.team(practice), this::show));
    }

    private void show(PublicTeam team) {
        removeAll();
        add(new H1(team.practice()), new Paragraph(text("booking.meetOurTeam")));
        getUI().ifPresent(ui -> PageTitles.show(ui, PageTitles.naming(text("booking.ourTeam"), team.practice())));
        if (team.locations().isEmpty()) {
            add(new Paragraph(text("booking.noProvidersCanBeBookedOnline")));
        }
        for (PublicTeam.LocationTeam location : team.locations()) {
            Div cards = new Div();
            cards.addClassName("team-cards");
            location.providers().forEach(provider -> cards.add(card(provider)));
            add(new H2(location.location()), cards);
        }
    }

    private static Div card(PublicProvider provider) {
        Avatar photo = new Avatar(provider.displayName());
        photo.setAbbreviation(initials(provider.displayName()));
        photo.setImage(provider.photoDataUrl());
        photo.addClassName("team-photo");
        Paragraph bio = new Paragraph(provider.bio());
        bio.addClassName("team-bio");
        Div card = new Div(photo, new H3(provider.displayName()), new Paragraph(provider.title()), bio);
        card.addClassName("team-card");
        return card;
    }

    /**
     * The letters a provider's picture shows without a photo: the first letters of the first and the last word of
     * the name, leaving out a title that ends with a point ("Dr. Marcus Reid" is "MR", "Ana" is "A"); empty for none.
     */
    static String initials(String name) {
        List<String> words = Arrays.stream(name.strip().split("\\s+"))
                .filter(word -> !word.isEmpty() && !word.endsWith(".")).toList();
        if (words.isEmpty()) {
            return "";
        }
        String first = words.getFirst().substring(0, words.getFirst().offsetByCodePoints(0, 1));
        String last = words.size() == 1 ? "" : words.getLast().substring(0, words.getLast().offsetByCodePoints(0, 1));
        return (first + last).toUpperCase(Locale.ROOT);
    }
}
