package app.staffroom.credential.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.ui.GridKeys;
import app.staffroom.base.ui.Async;
import app.staffroom.base.ui.NarrowScreens;
import app.staffroom.credential.Credential;
import app.staffroom.credential.CredentialService;
import app.staffroom.security.Actor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * My profile › Credentials: a provider's own licences and certificates, added and edited by themselves (with the
 * scanned document), soonest expiry first. Shown only to providers.
 */
public class MyCredentials extends Div {

    private final CredentialService credentials;
    private final Grid<Credential> grid = CredentialColumns.grid(false);
    private final Paragraph empty = new Paragraph(text("credential.mine.empty"));
    private @Nullable Actor actor;

    public MyCredentials(CredentialService credentials) {
        this.credentials = credentials;
        setId("my-credentials");
        addClassName("profile-section");
        Button add = new Button(text("credential.addCredential"), click -> open(null));
        add.setId("add-my-credential");
        grid.addItemClickListener(click -> open(click.getItem()));
        GridKeys.openWithEnterOrSpace(grid, this::open);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        add(new H2(text("credential.credentials")), empty, grid, add);
        NarrowScreens.oneColumn(this, grid, CredentialColumns.CARD);
        setVisible(false);
    }

    /** Shows the actor's credentials when they work as a provider; hidden otherwise. */
    public void showFor(Actor signedIn, boolean provider) {
        actor = signedIn;
        setVisible(provider);
        if (provider) {
            reload();
        }
    }

    private void reload() {
        if (actor != null) {
            Async.load(this, credentials.mine(actor), this::show);
        }
    }

    private void show(List<Credential> own) {
        grid.setItems(own);
        grid.setVisible(!own.isEmpty());
        empty.setVisible(own.isEmpty());
    }

    private void open(@Nullable Credential credential) {
        Actor signedIn = actor;
        if (signedIn != null) {
            new CredentialDialog(credentials, signedIn, signedIn.teammateId(), "", credential, true, this::reload).open();
        }
    }
}
