package app.staffroom.factor;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;

/**
 * An authenticator app being set up: the new secret (not stored until the person confirms it with a first
 * code), as text to type and as a QR code (PNG bytes, 240 × 240 pixels) of its {@code otpauth://} address.
 * Never logged, never sent anywhere but to the person's own screen.
 */
public record TotpEnrolment(UUID account, byte[] secret, String typed, String uri) {

    static TotpEnrolment create(UUID account, String issuer, String accountLabel) {
        byte[] secret = TotpCodes.newSecret();
        return new TotpEnrolment(account, secret, TotpCodes.forTyping(secret),
                TotpCodes.otpauthUri(secret, issuer, accountLabel));
    }

    /** The QR code of {@link #uri}: a PNG image. */
    public byte[] qrPng() {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(uri, BarcodeFormat.QR_CODE, 240, 240,
                    Map.of(EncodeHintType.MARGIN, 2));
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", png);
            return png.toByteArray();
        } catch (WriterException | IOException e) {
            throw new UncheckedIOException(new IOException("The QR code could not be drawn", e));
        }
    }

    @Override
    public String toString() {
        return "TotpEnrolment[account=" + account + "]";
    }
}
