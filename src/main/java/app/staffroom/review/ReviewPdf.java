package app.staffroom.review;

import app.staffroom.base.PracticeClock;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Objects;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Lays out a review's report as PDF with OpenHTMLtoPDF. The page is built as a DOM, so every value typed by a
 * person is text, never markup. DejaVu Sans is embedded: names in Latin, Greek or Cyrillic script show as typed.
 */
final class ReviewPdf {

    private static final String FONT = "DejaVu Sans";
    private static final String STYLE = """
            @page { size: A4 landscape; margin: 14mm 12mm; @bottom-right { content: %s;
                    font-family: 'DejaVu Sans'; font-size: 8pt; color: #555; } }
            body { font-family: 'DejaVu Sans'; font-size: 8.5pt; color: #111; }
            h1 { font-size: 15pt; margin: 0 0 4pt 0; }
            p { margin: 2pt 0; }
            table { width: 100%%; border-collapse: collapse; margin-top: 8pt; -fs-table-paginate: paginate; }
            th { text-align: left; background: #eef2f6; font-weight: bold; }
            th, td { border: 0.5pt solid #b8c2cc; padding: 3pt; vertical-align: top; word-wrap: break-word; }
            tr { page-break-inside: avoid; }
            .note { white-space: pre-wrap; }
            """;

    private ReviewPdf() {
    }

    static byte[] render(ReviewDetails details, String practice, PracticeClock clock, Locale locale) {
        Document page = page(details, practice, clock, locale);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            new PdfRendererBuilder()
                    .useFastMode()
                    .useFont(() -> font("DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true)
                    .useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true)
                    .withProducer("Staffroom")
                    .withW3cDocument(page, null)
                    .toStream(bytes)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static Document page(ReviewDetails details, String practice, PracticeClock clock, Locale locale) {
        Document page;
        try {
            page = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException impossible) {
            throw new IllegalStateException(impossible);
        }
        ReviewSummary summary = details.summary();
        String scope = ReviewWording.scope(summary.scope(), locale);
        String startedBy = ReviewWording.startedBy(summary.startedBy(), locale);
        Element html = child(page, page, "html");
        Element head = child(page, html, "head");
        text(page, child(page, head, "title"), words(locale, "review.report.documentTitle", practice));
        text(page, child(page, head, "style"), STYLE.formatted(pageNumbers(locale)));
        Element body = child(page, html, "body");
        text(page, child(page, body, "h1"), words(locale, "review.title", scope));
        String started = clock.dateTime(summary.startedAt(), locale);
        text(page, child(page, body, "p"), summary.quarter() == null
                ? words(locale, "review.report.started", practice, started, startedBy)
                : words(locale, "review.report.startedInQuarter", practice, started, startedBy, summary.quarter()));
        text(page, child(page, body, "p"), summary.closed()
                ? words(locale, "review.report.closed", clock.dateTime(summary.closedAt(), locale), summary.rows())
                : words(locale, "review.report.open", summary.decided(), summary.rows()));
        if (details.hidden() > 0) {
            text(page, child(page, body, "p"), words(locale, "review.report.hidden", details.hidden()));
        }
        Element table = child(page, body, "table");
        Element header = child(page, child(page, table, "thead"), "tr");
        for (String column : new String[] {"review.person", "review.roleAndLocations", "review.lastSignIn",
                "review.twoStepSignIn", "review.temporaryRole", "review.reviewer", "review.decision", "review.report.note",
                "review.decided"}) {
            text(page, child(page, header, "th"), words(locale, column));
        }
        Element rows = child(page, table, "tbody");
        for (ReviewRow row : details.rows()) {
            Element line = child(page, rows, "tr");
            cell(page, line, row.name() + "\n" + row.email());
            cell(page, line, row.role() + "\n" + (row.locations().isEmpty() ? words(locale, "review.noLocation")
                    : ReviewWording.locations(row.locations(), locale)));
            cell(page, line, row.lastSignIn() == null ? words(locale, "review.never") : clock.dateTime(row.lastSignIn(), locale));
            cell(page, line, ReviewWording.twoFactor(row.twoFactor(), locale));
            cell(page, line, Objects.requireNonNullElse(row.elevation(), "—"));
            cell(page, line, row.reviewer() + (row.selfReview() ? "\n" + words(locale, "review.report.selfReview") : ""));
            cell(page, line, row.decision() == null ? words(locale, "review.report.notDecided")
                    : ReviewWording.decision(row.decision(), locale));
            cell(page, line, row.note().isEmpty() ? "—" : row.note());
            cell(page, line, row.decidedAt() == null ? "—" : clock.dateTime(row.decidedAt(), locale) + "\n"
                    + words(locale, "review.report.by", row.decidedBy()));
        }
        return page;
    }

    /** "Page 1 of 3" in {@code locale} as the value of a CSS {@code content}: words quoted, the numbers counted. */
    private static String pageNumbers(Locale locale) {
        String pattern = words(locale, "review.report.page", "\u0001", "\u0002");
        StringBuilder content = new StringBuilder();
        StringBuilder quoted = new StringBuilder();
        for (char each : pattern.toCharArray()) {
            if (each == '\u0001' || each == '\u0002') {
                content.append('"').append(quoted).append("\" ").append(each == '\u0001' ? "counter(page) " : "counter(pages) ");
                quoted.setLength(0);
            } else {
                quoted.append(each == '"' || each == '\\' ? "\\" + each : String.valueOf(each));
            }
        }
        return content.append('"').append(quoted).append('"').toString();
    }

    private static String words(Locale locale, String key, Object... arguments) {
        return ReviewWording.text(locale, key, arguments);
    }

    private static void cell(Document page, Element row, String value) {
        Element cell = child(page, row, "td");
        cell.setAttribute("class", "note");
        text(page, cell, value);
    }

    private static Element child(Document page, org.w3c.dom.Node parent, String name) {
        Element element = page.createElement(name);
        parent.appendChild(element);
        return element;
    }

    private static void text(Document page, Element element, String value) {
        element.appendChild(page.createTextNode(value));
    }

    private static InputStream font(String file) {
        return Objects.requireNonNull(ReviewPdf.class.getResourceAsStream("/fonts/" + file), file);
    }
}
