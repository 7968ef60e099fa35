package app.staffroom.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * The one way Staffroom reads an uploaded CSV file: a problem with one row is reported on that row
 * and never stops the others; only what concerns the whole file refuses it.
 * <ul>
 *   <li>Encoding: see {@link UploadedText} (UTF-8 with or without byte-order mark, else Windows-1252).</li>
 *   <li>The first non-blank line names the columns (any case, any order); each must be one of the
 *       expected columns, every expected column must be there, and none may appear twice. Otherwise the
 *       file is refused with a message naming the column.</li>
 *   <li>Every other non-blank line is one row (RFC 4180 quoting within the line; a value cannot span
 *       lines). A row is refused with its line number and reason when it is not valid CSV, has another
 *       number of values than the header, or has a value that {@link TypedText#problem} refuses (bytes
 *       that are not text, control characters, hidden text-direction characters).</li>
 * </ul>
 * Values are stripped of surrounding white space.
 */
public final class CsvImport {

    private static final CSVFormat LINE = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).setIgnoreSurroundingSpaces(true).get();

    private CsvImport() {
    }

    /**
     * A file's rows.
     *
     * @param encoding the encoding the file was read in, see {@link UploadedText}
     */
    public record Table(String encoding, List<Row> rows) {
    }

    /**
     * One line of the file.
     *
     * @param line the line number in the file, the header being line 1 when it is the first line
     * @param values column (lower case) → value, for the values that passed the checks
     * @param problem why the row cannot be used, worded for the person who reads it; {@code null} when it can
     */
    public record Row(long line, Map<String, String> values, @Nullable Phrase problem) {

        /** The value in {@code column} (lower case); empty when missing or refused. */
        public String value(String column) {
            return values.getOrDefault(column, "");
        }
    }

    /**
     * Reads {@code file} as a table with exactly {@code columns}.
     *
     * @param columns the expected column names, lower case
     * @param maxRows the most rows a file may have
     * @throws ChangeRefusedException when the file as a whole cannot be used (encoding, header, no rows,
     *                                more than {@code maxRows} rows)
     */
    public static Table read(byte[] file, List<String> columns, int maxRows) {
        return read(file, columns, List.of(), maxRows);
    }

    /**
     * Reads {@code file} as a table with all of {@code columns} and any of {@code optional}; a row's value of an
     * optional column the file lacks is empty.
     *
     * @throws ChangeRefusedException as {@link #read(byte[], List, int)}
     */
    public static Table read(byte[] file, List<String> columns, List<String> optional, int maxRows) {
        UploadedText text = UploadedText.decode(file);
        String[] lines = text.text().split("\r\n|\r|\n", -1);
        int headerIndex = 0;
        while (headerIndex < lines.length && lines[headerIndex].isBlank()) {
            headerIndex++;
        }
        if (headerIndex == lines.length) {
            throw new ChangeRefusedException(new Phrase("refusals.emptyFile"));
        }
        List<String> header = header(lines[headerIndex], columns, optional);
        List<Row> rows = new ArrayList<>();
        for (int i = headerIndex + 1; i < lines.length; i++) {
            if (isEmptyRow(lines[i])) {
                continue;
            }
            if (rows.size() == maxRows) {
                throw new ChangeRefusedException(new Phrase("refusals.csv.tooManyRows", maxRows));
            }
            rows.add(row(i + 1, lines[i], header, text.encoding()));
        }
        if (rows.isEmpty()) {
            throw new ChangeRefusedException(new Phrase("refusals.csv.noRows"));
        }
        return new Table(text.encoding(), rows);
    }

    /** Blank, or only separators, as spreadsheets write the empty rows below a table. */
    private static boolean isEmptyRow(String line) {
        return line.chars().allMatch(c -> c == ',' || Character.isWhitespace(c));
    }

    private static List<String> header(String line, List<String> columns, List<String> optional) {
        Phrase expected = optional.isEmpty() ? new Phrase("refusals.csv.columns", String.join(", ", columns))
                : new Phrase("refusals.csv.columnsAndOptional", String.join(", ", columns), String.join(", ", optional));
        List<String> names;
        try {
            names = cells(line).stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
        } catch (IllegalArgumentException notCsv) {
            throw new ChangeRefusedException(new Phrase("refusals.csv.notCsv", expected));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name.isEmpty()) {
                throw new ChangeRefusedException(new Phrase("refusals.csv.unnamedColumn", i + 1, expected));
            }
            String problem = TypedText.problem(name);
            if (problem != null) {
                throw new ChangeRefusedException(new Phrase("refusals.csv.columnProblem", i + 1, problem, expected));
            }
            if (!columns.contains(name) && !optional.contains(name)) {
                throw new ChangeRefusedException(new Phrase(names.size() == 1 && name.contains(";")
                        ? "refusals.csv.unknownColumnSemicolons" : "refusals.csv.unknownColumn", shortened(name), expected));
            }
            if (!seen.add(name)) {
                throw new ChangeRefusedException(new Phrase("refusals.csv.twice", name));
            }
        }
        List<String> missing = columns.stream().filter(column -> !seen.contains(column)).toList();
        if (!missing.isEmpty()) {
            throw new ChangeRefusedException(new Phrase("refusals.csv.missing", String.join(", ", columns),
                    String.join(", ", missing)));
        }
        return names;
    }

    private static String shortened(String text) {
        int length = text.codePointCount(0, text.length());
        return length <= 40 ? text : text.substring(0, text.offsetByCodePoints(0, 40)) + "…";
    }

    private static Row row(long lineNumber, String line, List<String> header, String encoding) {
        List<String> cells;
        try {
            cells = cells(line);
        } catch (IllegalArgumentException notCsv) {
            return new Row(lineNumber, Map.of(), new Phrase("refusals.csv.lineNotCsv"));
        }
        if (cells.size() != header.size()) {
            return new Row(lineNumber, Map.of(), new Phrase("refusals.csv.lineValues", cells.size(), header.size()));
        }
        Map<String, String> values = new LinkedHashMap<>();
        List<Phrase> problems = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String value = cells.get(i).strip();
            String problem = TypedText.problem(value);
            if (value.indexOf('\uFFFD') >= 0) {
                problems.add(new Phrase("refusals.csv.cellBytes", header.get(i), encoding));
            } else if (problem == null) {
                values.put(header.get(i), value);
            } else {
                problems.add(new Phrase("refusals.csv.cell", header.get(i),
                        Character.toLowerCase(problem.charAt(0)) + problem.substring(1)));
            }
        }
        return new Row(lineNumber, values, problems.isEmpty() ? null : Phrase.sentences(problems));
    }

    /**
     * The values of one line; {@link IllegalArgumentException} when it is not valid CSV. Within one valid
     * line double quotes come in pairs (around a value, or doubled inside one); an odd number means a
     * quote left open, or the rest of a value that was meant to span lines.
     */
    private static List<String> cells(String line) {
        if (line.chars().filter(c -> c == '"').count() % 2 != 0) {
            throw new IllegalArgumentException("An odd number of double quotes");
        }
        try (CSVParser parser = CSVParser.parse(line, LINE)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.size() != 1) {
                throw new IllegalArgumentException("Not one record");
            }
            return records.getFirst().toList();
        } catch (IOException | UncheckedIOException | IllegalStateException invalid) {
            throw new IllegalArgumentException("Not valid CSV", invalid);
        }
    }
}
