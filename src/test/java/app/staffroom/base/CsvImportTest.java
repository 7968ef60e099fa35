package app.staffroom.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading uploaded CSV files: one bad row never stops the others, and only the file's header refuses the file. */
class CsvImportTest {

    private static final List<String> COLUMNS = List.of("name", "email");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Test
    void rows_of_separators_only_are_empty_rows_as_spreadsheets_write_them() {
        CsvImport.Table table = read(utf8("name,email\r\nAda,ada@x.example\r\n,\r\n , \r\n"));

        assertThat(table.rows()).extracting(CsvImport.Row::line).containsExactly(2L);
    }

    @Test
    void a_file_separated_by_semicolons_is_refused_with_a_hint() {
        assertThatThrownBy(() -> read(utf8("name;email\nAda;ada@x.example\n")))
                .hasMessageContaining("separated by semicolons");
    }

    @Test
    void a_nul_byte_or_an_unclosed_quote_refuses_its_own_row_only() {
        CsvImport.Table table = read(utf8("name,email\nAda,ada@x.example\nNul\u0000l,nul@x.example\n"
                + "\"Open,open@x.example\nGrace,grace@x.example\n"));

        assertThat(table.rows()).extracting(CsvImport.Row::line).containsExactly(2L, 3L, 4L, 5L);
        assertThat(table.rows().get(0).problem()).isNull();
        assertThat(table.rows().get(1).problem().english()).isEqualTo("The name: remove the control character (U+0000): it cannot be stored.");
        assertThat(table.rows().get(1).value("email")).isEqualTo("nul@x.example");
        assertThat(table.rows().get(2).problem().english()).startsWith("This line is not valid CSV: a double quote is not closed");
        assertThat(table.rows().get(3).problem()).isNull();
        assertThat(table.rows().get(3).value("name")).isEqualTo("Grace");
    }

    @Test
    void tabs_line_breaks_in_quotes_bidi_overrides_and_a_wrong_number_of_values_are_reported_per_row() {
        CsvImport.Table table = read(utf8("name,email\n\"Tab\tby\",t@x.example\n\"Split\n here\",s@x.example\n"
                + "Ev\u202Eil,e@x.example\nIso\u2067late,i@x.example\nOnly one value\nOk,ok@x.example\n"));

        assertThat(table.rows()).extracting(row -> row.problem() == null ? null : row.problem().english()).containsExactly(
                "The name: remove the control character (U+0009): it cannot be stored.",
                "This line is not valid CSV: a double quote is not closed, or text follows a closing quote. Each person must be on one line.",
                "This line is not valid CSV: a double quote is not closed, or text follows a closing quote. Each person must be on one line.",
                "The name: remove the hidden text-direction character (U+202E): it can make text read differently from what it is.",
                "The name: remove the hidden text-direction character (U+2067): it can make text read differently from what it is.",
                "This line has 1 value but the first line names 2 columns.",
                null);
        assertThat(table.rows()).extracting(CsvImport.Row::line).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L);
    }

    @Test
    void a_windows_1252_file_is_read_as_windows_1252_and_its_undefined_bytes_are_reported_on_their_row() {
        byte[] file = concat("name,email\r\nZoë Ångström,zoe@x.example\r\nEuro €,euro@x.example\r\n".getBytes(WINDOWS_1252),
                new byte[] {'B', (byte) 0x81, 'd', ',', 'b', '@', 'x', '\r', '\n'});

        CsvImport.Table table = read(file);

        assertThat(table.encoding()).isEqualTo("Windows-1252");
        assertThat(table.rows().get(0).value("name")).isEqualTo("Zoë Ångström");
        assertThat(table.rows().get(1).value("name")).isEqualTo("Euro €");
        assertThat(table.rows().get(2).problem().english()).isEqualTo("The name has bytes that are not valid Windows-1252 text.");
        assertThat(table.rows().get(2).values()).doesNotContainKey("name");
    }

    @Test
    void utf8_is_read_with_or_without_a_byte_order_mark_and_its_invalid_bytes_are_reported_on_their_row() {
        byte[] withBom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8("Name,Email\nZoë,z@x.example\n"));
        byte[] damaged = concat(utf8("name,email\nZoë,z@x.example\n"), new byte[] {'B', (byte) 0xC3, ',', 'b', '@', 'x', '\n'});

        assertThat(read(withBom).encoding()).isEqualTo("UTF-8");
        assertThat(read(withBom).rows().getFirst().value("name")).isEqualTo("Zoë");
        CsvImport.Table table = read(damaged);
        assertThat(table.encoding()).isEqualTo("UTF-8");
        assertThat(table.rows().get(0).value("name")).isEqualTo("Zoë");
        assertThat(table.rows().get(1).problem().english()).isEqualTo("The name has bytes that are not valid UTF-8 text.");
        assertThat(table.rows()).noneMatch(row -> row.values().values().stream().anyMatch(value -> value.contains("\uFFFD")));
    }

    @Test
    void a_duplicated_unknown_missing_or_unnamed_column_refuses_the_file_naming_it() {
        assertThatThrownBy(() -> read(utf8("name,email,Email\nA,a@x,b@x\n")))
                .isInstanceOf(ChangeRefusedException.class)
                .hasMessage("The column 'email' appears twice in the first line. Keep one.");
        assertThatThrownBy(() -> read(utf8("name,email,phone\nA,a@x,1\n")))
                .isInstanceOf(ChangeRefusedException.class)
                .hasMessage("The first line names a column Staffroom does not know: 'phone'. The columns are: name, email.");
        assertThatThrownBy(() -> read(utf8("name\nA\n")))
                .isInstanceOf(ChangeRefusedException.class)
                .hasMessage("The first line must name the columns name, email. Missing: email.");
        assertThatThrownBy(() -> read(utf8("name,email,\nA,a@x,\n")))
                .isInstanceOf(ChangeRefusedException.class)
                .hasMessage("Column 3 of the first line has no name. The columns are: name, email.");
    }

    @Test
    void a_utf16_file_an_empty_file_and_too_many_rows_refuse_the_file() {
        byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "name,email\n".getBytes(StandardCharsets.UTF_16LE));

        assertThatThrownBy(() -> read(utf16)).isInstanceOf(ChangeRefusedException.class).hasMessageContaining("UTF-16");
        assertThatThrownBy(() -> read(utf8("\n\n"))).isInstanceOf(ChangeRefusedException.class).hasMessage("The file is empty.");
        assertThatThrownBy(() -> read(utf8("name,email\n\n"))).isInstanceOf(ChangeRefusedException.class)
                .hasMessage("The file has no rows below its first line.");
        assertThatThrownBy(() -> CsvImport.read(utf8("name,email\na,a\nb,b\nc,c\n"), COLUMNS, 2))
                .isInstanceOf(ChangeRefusedException.class).hasMessageStartingWith("At most 2 rows per file.");
    }

    @Test
    void header_names_are_matched_in_any_case_and_order_and_values_are_stripped() {
        CsvImport.Table table = read(utf8("  EMAIL , Name\n  a@x.example ,  \"Ada  \"\n"));

        assertThat(table.rows().getFirst().values()).containsEntry("email", "a@x.example").containsEntry("name", "Ada");
    }

    private static CsvImport.Table read(byte[] file) {
        return CsvImport.read(file, COLUMNS, 100);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(first);
        out.writeBytes(second);
        return out.toByteArray();
    }
}
