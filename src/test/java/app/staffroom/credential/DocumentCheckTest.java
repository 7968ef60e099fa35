package app.staffroom.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.staffroom.base.ChangeRefusedException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;

/** A scanned document is accepted by what it is, never by what its name says. */
class DocumentCheckTest {

    static byte[] pdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }

    static byte[] image(String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    @Test
    void pdf_jpeg_and_png_files_are_told_by_their_content() throws IOException {
        assertThat(DocumentCheck.mediaType(pdf())).isEqualTo("application/pdf");
        assertThat(DocumentCheck.mediaType(image("jpg"))).isEqualTo("image/jpeg");
        assertThat(DocumentCheck.mediaType(image("png"))).isEqualTo("image/png");
    }

    @Test
    void other_files_are_refused_whatever_they_would_be_called() throws IOException {
        assertThatThrownBy(() -> DocumentCheck.mediaType(image("gif"))).isInstanceOf(ChangeRefusedException.class)
                .hasMessage(DocumentCheck.WRONG_TYPE.english());
        assertThatThrownBy(() -> DocumentCheck.mediaType("<html>licence</html>".getBytes(StandardCharsets.UTF_8)))
                .hasMessage(DocumentCheck.WRONG_TYPE.english());
        assertThatThrownBy(() -> DocumentCheck.mediaType(new byte[0])).hasMessage("The file is empty.");
    }

    @Test
    void a_file_that_only_starts_like_a_pdf_or_an_image_is_refused() throws IOException {
        assertThatThrownBy(() -> DocumentCheck.mediaType("%PDF-1.7 this is not a PDF".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(ChangeRefusedException.class).hasMessageContaining("PDF could not be read");
        byte[] png = image("png");
        assertThatThrownBy(() -> DocumentCheck.mediaType(Arrays.copyOf(png, 12)))
                .isInstanceOf(ChangeRefusedException.class).hasMessageContaining("could not be read");
    }

    @Test
    void a_pdf_that_needs_a_password_is_refused_with_what_to_do() throws IOException {
        byte[] locked;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.protect(new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission()));
            document.save(out);
            locked = out.toByteArray();
        }
        byte[] file = locked;
        assertThatThrownBy(() -> DocumentCheck.mediaType(file)).isInstanceOf(ChangeRefusedException.class)
                .hasMessage("The PDF is protected by a password. Upload a copy without one.");
    }

    @Test
    void a_file_over_10_mb_is_refused_before_it_is_read() {
        byte[] large = new byte[DocumentCheck.MAX_BYTES + 1];
        large[0] = '%';
        assertThatThrownBy(() -> DocumentCheck.mediaType(large)).hasMessage(DocumentCheck.TOO_LARGE.english());
    }
}
