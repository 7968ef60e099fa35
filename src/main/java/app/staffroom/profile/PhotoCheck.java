package app.staffroom.profile;

import app.staffroom.base.Phrase;
import app.staffroom.base.ChangeRefusedException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.filters.ImageFilter;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.ExifUtils;
import org.jspecify.annotations.Nullable;

/**
 * Turns an uploaded photo into a clean one: the type is told by the bytes, never by the file name; the
 * size in pixels is read from the header and refused before anything is decoded, so a small file that
 * would unpack into gigabytes (a decompression bomb) never does; what is stored is re-encoded from
 * the pixels alone (no metadata survives), at most {@value #STORED_SIDE} px on the longer side, turned
 * upright as the camera's EXIF orientation says (EXIF 2.32, tag 0x0112), with transparent parts on white.
 */
final class PhotoCheck {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    /** What a photo may be, in the words every refusal uses. */
    static final Phrase RULE = new Phrase("refusals.profile.photoRule");
    static final Phrase TOO_LARGE = new Phrase("refusals.profile.photoTooLarge");
    static final Phrase NOT_AN_IMAGE = new Phrase("refusals.profile.notAnImage");
    /** The types a browser offers in its file chooser: media types and file name endings. */
    static final List<String> ACCEPTED_TYPES = List.of("image/jpeg", "image/png", "image/webp", ".jpg", ".jpeg", ".png",
            ".webp");
    static final long MAX_PIXELS = 40_000_000L;
    static final int STORED_SIDE = 512;
    static final int DECODING_AT_ONCE = 4;
    private static final Semaphore DECODING = new Semaphore(DECODING_AT_ONCE);

    private PhotoCheck() {
    }

    /** The photo to store, as JPEG; refused with a message for the person otherwise. */
    static byte[] clean(byte[] upload) {
        if (upload.length == 0) {
            throw new ChangeRefusedException(new Phrase("refusals.profile.emptyFile"));
        }
        if (upload.length > MAX_BYTES) {
            throw new ChangeRefusedException(TOO_LARGE);
        }
        String format = formatOf(upload);
        if (format == null) {
            throw new ChangeRefusedException(NOT_AN_IMAGE);
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            if (!readers.hasNext()) {
                throw new ChangeRefusedException(NOT_AN_IMAGE);
            }
            ImageReader reader = readers.next();
            try {
                // Metadata is read for the EXIF orientation; it is a few kilobytes, and none of it is stored.
                reader.setInput(input, true, false);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width <= 0 || height <= 0 || width * height > MAX_PIXELS) {
                    throw new ChangeRefusedException(new Phrase("refusals.profile.tooManyPixels",
                            String.valueOf(width), String.valueOf(height)));
                }
                // Decode only every n-th pixel of a large photo: what is kept is at most twice the stored size,
                // so a 40-megapixel upload holds a few megabytes while it is read, not hundreds.
                ImageReadParam param = reader.getDefaultReadParam();
                int step = subsampling(width, height);
                param.setSourceSubsampling(step, step, 0, 0);
                return decoding(() -> jpeg(onWhite(reader.read(0, param)), orientation(reader)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof ChangeRefusedException refused) {
                throw refused;
            }
            throw new ChangeRefusedException(new Phrase("refusals.profile.unreadableImage"));
        }
    }

    /**
     * Every how many pixels a photo of {@code width} × {@code height} pixels is read, so that the decoded
     * image is at least {@value #STORED_SIDE} and less than four times {@value #STORED_SIDE} px on its
     * longer side: 1 up to 1,023 px, 6 for 6,000 × 6,600.
     */
    static int subsampling(long width, long height) {
        return (int) Math.max(1, Math.max(width, height) / (2L * STORED_SIDE));
    }

    /** At most {@value #DECODING_AT_ONCE} photos are decoded at once on a node; more wait their turn briefly. */
    private static byte[] decoding(PhotoWork work) throws IOException {
        boolean admitted;
        try {
            admitted = DECODING.tryAcquire(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            throw new ChangeRefusedException(new Phrase("refusals.profile.busy"));
        }
        try {
            return work.run();
        } finally {
            DECODING.release();
        }
    }

    private interface PhotoWork {
        byte[] run() throws IOException;
    }

    /** How to turn the photo upright: none when it carries no EXIF orientation, or an unreadable one. */
    private static Optional<ImageFilter> orientation(ImageReader reader) {
        try {
            return Optional.ofNullable(ExifUtils.getExifOrientation(reader, 0))
                    .map(ExifFilterUtils::getFilterForOrientation);
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** The image without transparency: transparent parts white, as on the page, instead of black in a JPEG. */
    static BufferedImage onWhite(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return image;
        }
        BufferedImage flat = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D canvas = flat.createGraphics();
        try {
            canvas.setColor(Color.WHITE);
            canvas.fillRect(0, 0, flat.getWidth(), flat.getHeight());
            canvas.drawImage(image, 0, 0, null);
        } finally {
            canvas.dispose();
        }
        return flat;
    }

    private static byte[] jpeg(BufferedImage image, Optional<ImageFilter> upright) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Thumbnails.Builder<BufferedImage> thumbnail = Thumbnails.of(image);
            upright.ifPresent(thumbnail::addFilter);
            // A square box: the longer side fits it whichever way the photo is turned.
            int side = Math.min(STORED_SIDE, Math.max(image.getWidth(), image.getHeight()));
            thumbnail
                    .size(side, side)
                    .keepAspectRatio(true)
                    .imageType(BufferedImage.TYPE_INT_RGB)
                    .outputFormat("jpg")
                    .outputQuality(0.85)
                    .toOutputStream(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JPEG, PNG or WebP by their signatures; null for anything else. */
    static @Nullable String formatOf(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return "jpeg";
        }
        if (bytes.length >= 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G'
                && bytes[4] == 0x0D && bytes[5] == 0x0A && bytes[6] == 0x1A && bytes[7] == 0x0A) {
            return "png";
        }
        if (bytes.length >= 12 && bytes[0] == 'R' && bytes[1] == 'I' && bytes[2] == 'F' && bytes[3] == 'F'
                && bytes[8] == 'W' && bytes[9] == 'E' && bytes[10] == 'B' && bytes[11] == 'P') {
            return "webp";
        }
        return null;
    }
}
