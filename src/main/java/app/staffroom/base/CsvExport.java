package app.staffroom.base;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.jspecify.annotations.Nullable;

/**
 * The one way Staffroom writes a CSV file, so that every export opens safely in a spreadsheet:
 * <ul>
 *   <li>RFC 4180: commas, CRLF line ends, every cell in double quotes with inner quotes doubled;</li>
 *   <li>UTF-8 with a byte-order mark, so that spreadsheets read accented names correctly;</li>
 *   <li>a cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return
 *       gets a single quote in front, so that a spreadsheet shows it as text instead of evaluating it as
 *       a formula (OWASP, "CSV Injection"). Such cells are typed by people (a first name, a reason) and
 *       would otherwise run in the spreadsheet of whoever opens the export.</li>
 * </ul>
 */
public final class CsvExport {

    /** The byte-order mark that starts every file, as a character. */
    public static final char BOM = '\uFEFF';
    /** The media type to serve the files with. */
    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get();

    private CsvExport() {
    }

    /**
     * The file's bytes: the byte-order mark, the header line, then one line per row.
     *
     * @param header the column names
     * @param rows one list of cells per line; a cell is written as its {@code toString()}, {@code null} as
     *             an empty cell
     */
    public static byte[] write(List<String> header, Iterable<? extends List<?>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
            out.write(BOM);
            csv.printRecord(header.stream().map(CsvExport::neutralise));
            for (List<?> row : rows) {
                csv.printRecord(row.stream().map(CsvExport::neutralise));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory does not fail
        }
        return bytes.toByteArray();
    }

    /** The cell as written: a value that a spreadsheet would take for a formula starts with a single quote. */
    public static String neutralise(@Nullable Object value) {
        String text = value == null ? "" : value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
