package app.staffroom.factor.ui;

import static app.staffroom.base.Messages.text;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableConsumer;

/**
 * The browser's side of a passkey ceremony: hands the server's options (JSON with base64url fields, as Spring
 * Security writes them) to {@code navigator.credentials} and sends back what the authenticator answered, in
 * the JSON shape Spring Security reads. A refusal or a cancelled prompt comes back as an error message.
 */
final class PasskeyBrowser {

    private static final String HELPERS = """
            const decode = (text) => {
              const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
              const binary = atob(base64 + '='.repeat((4 - base64.length % 4) % 4));
              return Uint8Array.from(binary, c => c.charCodeAt(0)).buffer;
            };
            const encode = (buffer) => btoa(String.fromCharCode(...new Uint8Array(buffer)))
              .replace(/=/g, '').replace(/\\+/g, '-').replace(/\\//g, '_');
            if (!window.PublicKeyCredential) { throw new Error('This browser cannot use passkeys.'); }
            const options = JSON.parse($0);
            """;

    private static final String CREATE = HELPERS + """
            options.challenge = decode(options.challenge);
            options.user.id = decode(options.user.id);
            options.excludeCredentials = (options.excludeCredentials || []).map(c => ({...c, id: decode(c.id)}));
            const created = await navigator.credentials.create({publicKey: options});
            const response = created.response;
            return JSON.stringify({credential: {
              id: created.id, rawId: encode(created.rawId), type: created.type,
              response: {attestationObject: encode(response.attestationObject),
                         clientDataJSON: encode(response.clientDataJSON),
                         transports: response.getTransports ? response.getTransports() : []},
              clientExtensionResults: created.getClientExtensionResults(),
              authenticatorAttachment: created.authenticatorAttachment}, label: 'passkey'});
            """;

    private static final String GET = HELPERS + """
            options.challenge = decode(options.challenge);
            options.allowCredentials = (options.allowCredentials || []).map(c => ({...c, id: decode(c.id)}));
            const used = await navigator.credentials.get({publicKey: options});
            const response = used.response;
            return JSON.stringify({
              id: used.id, rawId: encode(used.rawId), type: used.type,
              response: {authenticatorData: encode(response.authenticatorData),
                         clientDataJSON: encode(response.clientDataJSON),
                         signature: encode(response.signature),
                         userHandle: response.userHandle ? encode(response.userHandle) : null},
              clientExtensionResults: used.getClientExtensionResults(),
              authenticatorAttachment: used.authenticatorAttachment});
            """;

    private PasskeyBrowser() {
    }

    /** The browser's refusal in words: its error names are those of the Web Authentication API. */
    static String refusal(String error) {
        if (error.contains("InvalidStateError")) {
            return text("factor.thisDeviceAlreadyHoldsAPasskey");
        }
        if (error.contains("cannot use passkeys")) {
            return text("factor.thisBrowserCannotUsePasskeysUse");
        }
        return text("factor.thePasskeyWasNotUsedThe");
    }

    /** Asks the browser to create a passkey with {@code optionsJson}; the answer is the credential as JSON. */
    static void create(Component owner, String optionsJson, SerializableConsumer<String> onCreated,
                       SerializableConsumer<String> onRefused) {
        run(owner, CREATE, optionsJson, onCreated, onRefused);
    }

    /** Asks the browser to use a passkey for {@code optionsJson}; the answer is the assertion as JSON. */
    static void get(Component owner, String optionsJson, SerializableConsumer<String> onUsed,
                    SerializableConsumer<String> onRefused) {
        run(owner, GET, optionsJson, onUsed, onRefused);
    }

    private static void run(Component owner, String script, String optionsJson, SerializableConsumer<String> onAnswer,
                            SerializableConsumer<String> onRefused) {
        owner.getElement().executeJs("return (async () => {" + script + "})()", optionsJson)
                .then(String.class, onAnswer, error -> onRefused.accept(refusal(error)));
    }
}
