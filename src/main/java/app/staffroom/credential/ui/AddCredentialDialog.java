package app.staffroom.credential.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.GridFetch;
import app.staffroom.credential.CredentialReport;
import app.staffroom.credential.CredentialService;
import app.staffroom.credential.ProviderChoice;
import app.staffroom.security.Actor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;

/** Chooses the provider a new credential is for, then opens the credential's dialog for them. */
class AddCredentialDialog extends Dialog {

    AddCredentialDialog(CredentialService credentials, CredentialReport report, Actor actor, Runnable onChanged) {
        setHeaderTitle(text("credential.addACredential"));
        ComboBox<ProviderChoice> provider = new ComboBox<>(text("credential.provider"));
        provider.setId("credential-provider");
        provider.setItemLabelGenerator(ProviderChoice::name);
        provider.setItems(query -> GridFetch.rows(report.providers(actor, query.getFilter().orElse(""),
                query.getOffset(), query.getLimit())));
        provider.setWidthFull();
        Button next = new Button(text("credential.next"), click -> {
            ProviderChoice chosen = provider.getValue();
            if (chosen == null) {
                provider.setErrorMessage(text("credential.chooseTheProvider"));
                provider.setInvalid(true);
                return;
            }
            close();
            new CredentialDialog(credentials, actor, chosen.teammateId(), chosen.name(), null, true, onChanged).open();
        });
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(provider);
        getFooter().add(new Button(text("credential.cancel"), click -> close()), next);
    }
}
