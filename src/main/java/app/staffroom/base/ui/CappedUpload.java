package app.staffroom.base.ui;

import app.staffroom.base.Messages;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The one upload handler of Staffroom: the server itself enforces the size limit, whatever the
 * browser was told (a limit set only on the {@code Upload} component is a hint a crafted request
 * ignores; OWASP ASVS 5.0, V5.2.1).
 * <ul>
 *   <li>a body whose declared length ({@code Content-Length}) is over the limit is refused unread;</li>
 *   <li>otherwise at most {@code maxBytes + 1} bytes are read, and one byte too many refuses the file.</li>
 * </ul>
 * The {@code Upload} component sends the file as the raw request body. A multipart body would be read
 * and stored whole by the servlet container before any handler could count it, so
 * {@link app.staffroom.base.MultipartRefusalFilter} refuses those before they reach Vaadin.
 * The file's bytes, or the reason it was refused, are handed to the screen inside {@code ui.access}.
 */
public final class CappedUpload implements UploadHandler {


    private final int maxBytes;
    private final String tooLarge;
    private final SerializableConsumer<byte[]> onFile;
    private final SerializableConsumer<String> onRefused;

    /**
     * @param maxBytes the largest file accepted, in bytes
     * @param tooLarge what the person is told about a larger file, for example "The file is larger than 1 MB."
     * @param onFile receives the file's bytes (at most {@code maxBytes}), inside {@code ui.access}
     * @param onRefused receives the message for the person, inside {@code ui.access}
     */
    public CappedUpload(int maxBytes, String tooLarge, SerializableConsumer<byte[]> onFile,
                        SerializableConsumer<String> onRefused) {
        if (maxBytes < 1 || maxBytes == Integer.MAX_VALUE) {
            throw new IllegalArgumentException("maxBytes must be between 1 and " + (Integer.MAX_VALUE - 1));
        }
        this.maxBytes = maxBytes;
        this.tooLarge = tooLarge;
        this.onFile = onFile;
        this.onRefused = onRefused;
    }

    /**
     * An upload field for one file through this handler, which tells the person why a file was refused
     * whoever refused it. The browser turns down a file over the limit, or of a type not among
     * {@code acceptedTypes}, before sending anything; without this it would do so in silence. Either way
     * the refusal consumer gets {@code tooLarge} or {@code wrongType}: the browser's own words are not
     * shown, only which of the two it was.
     *
     * @param wrongType what the person is told about a file of another type; it should list the accepted ones
     * @param acceptedTypes media types ("image/png") and file name endings (".png") the file chooser offers
     */
    public Upload field(String wrongType, List<String> acceptedTypes) {
        Upload upload = new Upload(this);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(maxBytes);
        upload.setAcceptedFileTypes(acceptedTypes.toArray(String[]::new));
        UploadI18N i18n = new UploadI18N();
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(tooLarge).setIncorrectFileType(wrongType)
                .setTooManyFiles(Messages.text("base.upload.oneFile")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(Messages.text("base.upload.addOne"))
                .setMany(Messages.text("base.upload.addMany")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(Messages.text("base.upload.dropOne"))
                .setMany(Messages.text("base.upload.dropMany")));
        i18n.setFile(new UploadI18N.File().setRetry(Messages.text("base.upload.retry"))
                .setStart(Messages.text("base.upload.start")).setRemove(Messages.text("base.upload.remove")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(Messages.text("base.upload.connecting"))
                        .setStalled(Messages.text("base.upload.stalled")).setProcessing(Messages.text("base.upload.processing"))
                        .setHeld(Messages.text("base.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(Messages.text("base.upload.remaining")).setUnknown(Messages.text("base.upload.unknownTime")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(Messages.text("base.upload.serverUnavailable"))
                        .setUnexpectedServerError(Messages.text("base.upload.serverError"))
                        .setForbidden(Messages.text("base.upload.forbidden")).setFileTooLarge(tooLarge)));
        i18n.setUnits(List.of(Messages.text("base.upload.units").split(" ")));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(rejected -> {
            String reason = rejected.getErrorMessage();
            onRefused.accept(tooLarge.equals(reason) || Messages.text("base.upload.oneFile").equals(reason) ? reason : wrongType);
        });
        return upload;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        if (event.getFileSize() > maxBytes) {
            refuse(event);
            return;
        }
        byte[] data;
        try (InputStream body = event.getInputStream()) {
            data = body.readNBytes(maxBytes + 1);
        }
        if (data.length > maxBytes) {
            refuse(event);
            return;
        }
        event.getUI().access(() -> onFile.accept(data));
    }

    private void refuse(UploadEvent event) {
        event.reject(tooLarge);
        event.getUI().access(() -> onRefused.accept(tooLarge));
    }

    /** Vaadin checks multipart requests against these; such requests are refused before (see above). */
    @Override
    public long getRequestSizeMax() {
        return maxBytes;
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }
}
