package app.staffroom.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A large photo is read at a fraction of its pixels, and still stored at the full stored size; a photo is
 * stored upright whatever way the camera held it, and transparency becomes white.
 */
class PhotoCheckTest {

    @ParameterizedTest
    @CsvSource({"512, 512, 1", "1023, 800, 1", "1024, 100, 1", "2048, 1000, 2", "6000, 6600, 6", "40000, 1000, 39"})
    void a_photo_is_read_at_no_more_than_four_times_the_stored_size(long width, long height, int step) {
        assertThat(PhotoCheck.subsampling(width, height)).isEqualTo(step);
        long read = Math.max(width, height) / step;
        assertThat(read).isBetween((long) PhotoCheck.STORED_SIDE, 4L * PhotoCheck.STORED_SIDE);
    }

    @Test
    void a_photo_just_under_the_pixel_limit_is_stored_at_the_stored_size() throws IOException {
        BufferedImage large = new BufferedImage(6000, 6600, BufferedImage.TYPE_BYTE_BINARY);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(large, "png", png);

        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(PhotoCheck.clean(png.toByteArray())));

        assertThat(Math.max(stored.getWidth(), stored.getHeight())).isEqualTo(PhotoCheck.STORED_SIDE);
    }

    @Test
    void a_portrait_taken_with_the_camera_turned_is_stored_upright() throws IOException {
        // Stored sideways, 300 × 200, with the left third red: EXIF orientation 6 says "turn 90° clockwise to view".
        BufferedImage sideways = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D paint = sideways.createGraphics();
        paint.setColor(Color.BLUE);
        paint.fillRect(0, 0, 300, 200);
        paint.setColor(Color.RED);
        paint.fillRect(0, 0, 100, 200);
        paint.dispose();

        BufferedImage stored = read(PhotoCheck.clean(withExifOrientation(jpeg(sideways), 6)));

        assertThat(stored.getWidth()).isLessThan(stored.getHeight());
        assertThat(stored.getWidth()).isEqualTo(200);
        assertThat(new Color(stored.getRGB(100, 30)).getRed()).as("what was on the left is now on top").isGreaterThan(200);
        assertThat(new Color(stored.getRGB(100, 270)).getBlue()).as("and the rest below it").isGreaterThan(200);
        assertThat(read(PhotoCheck.clean(jpeg(sideways))).getWidth()).as("without orientation, as it is").isEqualTo(300);
    }

    @Test
    void transparent_parts_of_a_png_are_stored_white_not_black() throws IOException {
        BufferedImage logo = new BufferedImage(120, 80, BufferedImage.TYPE_INT_ARGB);
        Graphics2D paint = logo.createGraphics();
        paint.setColor(Color.BLACK);
        paint.fillRect(40, 20, 40, 40);
        paint.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(logo, "png", png);

        BufferedImage stored = read(PhotoCheck.clean(png.toByteArray()));

        Color corner = new Color(stored.getRGB(5, 5));
        assertThat(List.of(corner.getRed(), corner.getGreen(), corner.getBlue())).allSatisfy(c -> assertThat(c).isGreaterThan(245));
        assertThat(new Color(stored.getRGB(60, 40)).getRed()).as("the opaque part keeps its colour").isLessThan(20);
    }

    private static BufferedImage read(byte[] image) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(image));
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    /**
     * The JPEG with an EXIF segment (APP1) after its JFIF header that holds one tag, Orientation (0x0112),
     * as a camera writes it: "Exif\0\0", then a big-endian TIFF header and one image file directory.
     */
    private static byte[] withExifOrientation(byte[] jpeg, int orientation) {
        ByteBuffer exif = ByteBuffer.allocate(2 + 2 + 6 + 8 + 2 + 12 + 4);
        exif.putShort((short) 0xFFE1).putShort((short) (exif.capacity() - 2));
        exif.put("Exif".getBytes(StandardCharsets.US_ASCII)).put((byte) 0).put((byte) 0);
        exif.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        exif.putShort((short) 1);
        exif.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        exif.putInt(0);
        // After SOI (2 bytes) comes the JFIF segment: its marker, then its length, which counts itself.
        int afterJfif = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, afterJfif);
        out.writeBytes(exif.array());
        out.write(jpeg, afterJfif, jpeg.length - afterJfif);
        return out.toByteArray();
    }
}
