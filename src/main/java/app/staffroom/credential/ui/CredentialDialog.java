package app.staffroom.credential.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.ui.Async;
import app.staffroom.base.ui.CappedUpload;
import app.staffroom.base.ui.Failures;
import app.staffroom.credential.Credential;
import app.staffroom.credential.CredentialDraft;
import app.staffroom.credential.CredentialService;
import app.staffroom.credential.CredentialType;
import app.staffroom.security.Actor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Adds or edits one credential of a provider, with its scanned document once the credential exists. Read-only
 * for someone who may only see it. Calls {@code onChanged} after every saved change.
 */
class CredentialDialog extends Dialog {

    private final CredentialService credentials;
    private final Actor actor;
    private final UUID teammate;
    private final Runnable onChanged;
    private final CredentialForm form = new CredentialForm();
    private final Paragraph problem = new Paragraph();
    private final Div document = new Div();
    private final Button save = new Button();
    private final boolean namesProvider;
    private @Nullable Credential shown;

    /** @param provider the provider's name for the title; empty on the provider's own page */
    CredentialDialog(CredentialService credentials, Actor actor, UUID teammate, String provider,
                     @Nullable Credential existing, boolean editable, Runnable onChanged) {
        this.credentials = credentials;
        this.actor = actor;
        this.teammate = teammate;
        this.onChanged = onChanged;
        this.shown = existing;
        this.namesProvider = !provider.isEmpty();
        setHeaderTitle((existing == null ? text("credential.addACredential") : existing.typeName()) + (provider.isEmpty() ? "" : " · " + provider));
        addClassName("credential-dialog");
        problem.addClassName("field-error");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        form.show(existing == null ? new CredentialDraft(CredentialType.PROFESSIONAL_LICENCE, "", "", "", null, null, false)
                : existing.draft());
        form.getContent().setEnabled(editable);
        add(form, problem, document);
        showDocument(editable);

        Button cancel = new Button(editable ? text("credential.cancel") : text("credential.close"), click -> close());
        if (editable) {
            save.setText(existing == null ? text("credential.addCredential") : text("credential.saveCredential"));
            save.addClickListener(click -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("save-credential");
            getFooter().add(cancel, save);
            if (existing != null) {
                Button remove = new Button(text("credential.removeCredential"), click -> remove());
                remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                getHeader().add(remove);
            }
        } else {
            getFooter().add(cancel);
        }
    }

    private void save() {
        form.read().ifPresent(draft -> {
            Credential existing = shown;
            var saving = existing == null ? credentials.add(actor, teammate, draft)
                    : credentials.update(actor, existing.id(), draft, existing.version());
            Async.load(this, saving, saved -> {
                onChanged.run();
                if (existing == null) {
                    // A new credential stays open so that its document can be added right away.
                    shown = saved;
                    setHeaderTitle(saved.typeName() + (namesProvider ? " · " + saved.providerName() : ""));
                    save.setText(text("credential.saveCredential"));
                    showDocument(true);
                    refused(null);
                } else {
                    close();
                }
            }, failure -> refused(Failures.message(failure)));
        });
    }

    private void remove() {
        Credential existing = shown;
        if (existing != null) {
            Async.load(this, credentials.remove(actor, existing.id(), existing.version()).thenReturn(true), removed -> {
                onChanged.run();
                close();
            }, failure -> refused(Failures.message(failure)));
        }
    }

    private void showDocument(boolean editable) {
        document.removeAll();
        document.addClassName("credential-document");
        Credential credential = shown;
        if (credential == null) {
            return;
        }
        document.add(new H3(text("credential.scannedDocument")));
        if (credential.documentType() == null) {
            document.add(new Paragraph(text("credential.noDocumentYet")));
        } else {
            Async.load(this, credentials.document(actor, credential.id()), file -> {
                Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                        new ByteArrayInputStream(file.bytes()), file.fileName(), file.mediaType(), file.bytes().length)),
                        "Download " + file.fileName());
                download.setId("credential-download");
                document.addComponentAtIndex(1, download);
            });
        }
        if (!editable) {
            return;
        }
        Upload upload = new CappedUpload(CredentialService.DOCUMENT_MAX_BYTES, CredentialService.DOCUMENT_TOO_LARGE.text(),
                this::attach, this::refused).field(CredentialService.DOCUMENT_WRONG_TYPE.text(), CredentialService.DOCUMENT_TYPES);
        upload.setId("credential-upload");
        upload.setDropLabel(new Span(text("credential.dropHere", CredentialService.DOCUMENT_RULE.text())));
        document.add(upload);
        if (credential.documentType() != null) {
            Button removeDocument = new Button(text("credential.removeDocument"), click -> Async.load(this,
                    credentials.removeDocument(actor, credential.id()), this::documentChanged,
                    failure -> refused(Failures.message(failure))));
            removeDocument.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            document.add(removeDocument);
        }
    }

    private void attach(byte[] file) {
        Credential credential = shown;
        if (credential != null) {
            Async.load(this, credentials.attachDocument(actor, credential.id(), file), this::documentChanged,
                    failure -> refused(Failures.message(failure)));
        }
    }

    private void documentChanged(Credential changed) {
        shown = changed;
        refused(null);
        showDocument(true);
        onChanged.run();
    }

    private void refused(@Nullable String message) {
        problem.setText(message == null ? "" : message);
        problem.setVisible(message != null);
    }
}
