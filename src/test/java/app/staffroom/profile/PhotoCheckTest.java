package app.staffroom.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A large photo is read at a fraction of its pixels, and still stored at the full stored size. */
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
}
