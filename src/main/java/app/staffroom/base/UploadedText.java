package app.staffroom.base;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of an uploaded file and the encoding it was read in. Spreadsheets save CSV either as UTF-8
 * (with or without a byte-order mark) or in the computer's legacy encoding, which for the languages
 * Staffroom serves is Windows-1252 (a superset of ISO-8859-1's printable characters). The rule:
 * <ol>
 *   <li>a UTF-8 byte-order mark declares UTF-8;</li>
 *   <li>without one, bytes that are valid UTF-8 are UTF-8;</li>
 *   <li>bytes that are not, but hold at least one well-formed UTF-8 sequence beyond ASCII, are UTF-8
 *       with damaged places (a Windows-1252 file practically never contains one);</li>
 *   <li>anything else is Windows-1252.</li>
 * </ol>
 * Bytes that are not text in the chosen encoding (invalid UTF-8, or the five bytes Windows-1252 leaves
 * undefined) become U+FFFD here; {@link TypedText#problem} refuses any value containing one, so they
 * are reported where they occur and never stored. A UTF-16 or UTF-32 file (by its byte-order mark) is
 * refused as a whole.
 *
 * @param text the decoded text, without a byte-order mark
 * @param encoding "UTF-8" or "Windows-1252"
 */
public record UploadedText(String text, String encoding) {

    public static final String UTF_8 = "UTF-8";
    public static final String WINDOWS_1252 = "Windows-1252";

    /**
     * Decodes {@code file} by the rule above.
     *
     * @throws ChangeRefusedException for a UTF-16 or UTF-32 file
     */
    public static UploadedText decode(byte[] file) {
        if (startsWith(file, 0xFF, 0xFE) || startsWith(file, 0xFE, 0xFF) || startsWith(file, 0x00, 0x00, 0xFE, 0xFF)) {
            throw new ChangeRefusedException(new Phrase("refusals.csv.utf16"));
        }
        if (startsWith(file, 0xEF, 0xBB, 0xBF)) {
            return new UploadedText(decode(StandardCharsets.UTF_8, file, 3, CodingErrorAction.REPLACE), UTF_8);
        }
        try {
            return new UploadedText(strictDecode(StandardCharsets.UTF_8, file, 0, CodingErrorAction.REPORT), UTF_8);
        } catch (CharacterCodingException notUtf8) {
            String lenient = decode(StandardCharsets.UTF_8, file, 0, CodingErrorAction.REPLACE);
            if (lenient.chars().anyMatch(c -> c >= 0x80 && c != 0xFFFD)) {
                return new UploadedText(lenient, UTF_8);
            }
            return new UploadedText(decode(Charset.forName("windows-1252"), file, 0, CodingErrorAction.REPLACE), WINDOWS_1252);
        }
    }

    private static String decode(Charset charset, byte[] file, int offset, CodingErrorAction onError) {
        try {
            return strictDecode(charset, file, offset, onError);
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("A replacing decoder reported an error", e);
        }
    }

    private static String strictDecode(Charset charset, byte[] file, int offset, CodingErrorAction onError)
            throws CharacterCodingException {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(onError).onUnmappableCharacter(onError)
                .replaceWith("\uFFFD");
        return decoder.decode(ByteBuffer.wrap(file, offset, file.length - offset)).toString();
    }

    private static boolean startsWith(byte[] file, int... prefix) {
        if (file.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((file[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
