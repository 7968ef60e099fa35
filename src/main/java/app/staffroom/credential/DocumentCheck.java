package app.staffroom.credential;

import app.staffroom.base.Phrase;
import app.staffroom.base.ChangeRefusedException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.jspecify.annotations.Nullable;

/**
 * Accepts a scanned credential document only when its content is what it claims: the type is told by the
 * bytes (the file's signature), never by its name; a PDF must open (Apache PDFBox) without a password and have a
 * page; an image's size in pixels is read from its header and refused past {@value #MAX_PIXELS} pixels before
 * anything is decoded (no decompression bomb), then it must decode. The file is kept as uploaded, so a scan
 * stays legible. OWASP ASVS 5.0, V5.2.2 (content matches the type) and V5.2.1 (size limit).
 */
final class DocumentCheck {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final Phrase RULE = new Phrase("refusals.credential.rule");
    static final Phrase TOO_LARGE = new Phrase("refusals.credential.tooLarge");
    static final Phrase WRONG_TYPE = new Phrase("refusals.credential.wrongType");
    static final List<String> ACCEPTED_TYPES = List.of("application/pdf", "image/jpeg", "image/png", ".pdf", ".jpg",
            ".jpeg", ".png");
    static final long MAX_PIXELS = 100_000_000L;
    private static final int CHECK_SIDE = 256;

    private DocumentCheck() {
    }

    /** The media type of an acceptable document; refused with a message for the person otherwise. */
    static String mediaType(byte[] upload) {
        if (upload.length == 0) {
            throw new ChangeRefusedException(new Phrase("refusals.emptyFile"));
        }
        if (upload.length > MAX_BYTES) {
            throw new ChangeRefusedException(TOO_LARGE);
        }
        String type = signature(upload);
        if (type == null) {
            throw new ChangeRefusedException(WRONG_TYPE);
        }
        if (type.equals("application/pdf")) {
            checkPdf(upload);
        } else {
            checkImage(upload, type.equals("image/png") ? "png" : "jpeg");
        }
        return type;
    }

    /** PDF, JPEG or PNG by their signatures; null for anything else. */
    static @Nullable String signature(byte[] bytes) {
        if (bytes.length >= 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F' && bytes[4] == '-') {
            return "application/pdf";
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        if (bytes.length >= 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G'
                && bytes[4] == 0x0D && bytes[5] == 0x0A && bytes[6] == 0x1A && bytes[7] == 0x0A) {
            return "image/png";
        }
        return null;
    }

    private static void checkPdf(byte[] upload) {
        try (PDDocument pdf = Loader.loadPDF(upload)) {
            if (pdf.getNumberOfPages() < 1) {
                throw new ChangeRefusedException(new Phrase("refusals.credential.noPages"));
            }
        } catch (InvalidPasswordException locked) {
            throw new ChangeRefusedException(new Phrase("refusals.credential.protected"));
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof ChangeRefusedException refused) {
                throw refused;
            }
            throw new ChangeRefusedException(new Phrase("refusals.credential.unreadablePdf"));
        }
    }

    private static void checkImage(byte[] upload, String format) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            if (!readers.hasNext()) {
                throw new ChangeRefusedException(WRONG_TYPE);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width <= 0 || height <= 0 || width * height > MAX_PIXELS) {
                    throw new ChangeRefusedException(new Phrase("refusals.credential.tooManyPixels",
                            String.valueOf(width), String.valueOf(height)));
                }
                // Decoding every n-th pixel proves the file is a whole image without holding it all in memory.
                ImageReadParam param = reader.getDefaultReadParam();
                int step = (int) Math.max(1, Math.max(width, height) / CHECK_SIDE);
                param.setSourceSubsampling(step, step, 0, 0);
                reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof ChangeRefusedException refused) {
                throw refused;
            }
            throw new ChangeRefusedException(new Phrase("refusals.unreadableImage"));
        }
    }
}
