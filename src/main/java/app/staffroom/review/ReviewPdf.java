package app.staffroom.review;

import app.staffroom.base.PracticeClock;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
            @page { size: A4 landscape; margin: 14mm 12mm; @bottom-right { content: "Page " counter(page) " of " counter(pages);
                    font-family: 'DejaVu Sans'; font-size: 8pt; color: #555; } }
            body { font-family: 'DejaVu Sans'; font-size: 8.5pt; color: #111; }
            h1 { font-size: 15pt; margin: 0 0 4pt 0; }
            p { margin: 2pt 0; }
            table { width: 100%; border-collapse: collapse; margin-top: 8pt; -fs-table-paginate: paginate; }
            th { text-align: left; background: #eef2f6; font-weight: bold; }
            th, td { border: 0.5pt solid #b8c2cc; padding: 3pt; vertical-align: top; word-wrap: break-word; }
            tr { page-break-inside: avoid; }
            .note { white-space: pre-wrap; }
            """;

    private ReviewPdf() {
    }

    static byte[] render(ReviewDetails details, String practice, PracticeClock clock) {
        Document page = page(details, practice, clock);
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

    private static Document page(ReviewDetails details, String practice, PracticeClock clock) {
        Document page;
        try {
            page = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException impossible) {
            throw new IllegalStateException(impossible);
        }
        ReviewSummary summary = details.summary();
        Element html = child(page, page, "html");
        Element head = child(page, html, "head");
        text(page, child(page, head, "title"), "Access review · " + practice);
        text(page, child(page, head, "style"), STYLE);
        Element body = child(page, html, "body");
        text(page, child(page, body, "h1"), "Access review: " + summary.scope());
        text(page, child(page, body, "p"), practice + ". Started " + clock.dateTime(summary.startedAt()) + " by "
                + summary.startedBy() + (summary.quarter() == null ? "" : " (quarter " + summary.quarter() + ")") + ".");
        text(page, child(page, body, "p"), summary.closed()
                ? "Closed " + clock.dateTime(summary.closedAt()) + ": all " + summary.rows() + " people decided."
                : "Open: " + summary.decided() + " of " + summary.rows() + " people decided so far.");
        if (details.hidden() > 0) {
            text(page, child(page, body, "p"), details.hidden() + " more people are in this review whom you may not see;"
                    + " they are not in this copy.");
        }
        Element table = child(page, body, "table");
        Element header = child(page, child(page, table, "thead"), "tr");
        for (String column : new String[] {"Person", "Role and locations", "Last sign-in", "Two-step sign-in",
                "Temporary role", "Reviewer", "Decision", "Note", "Decided"}) {
            text(page, child(page, header, "th"), column);
        }
        Element rows = child(page, table, "tbody");
        for (ReviewRow row : details.rows()) {
            Element line = child(page, rows, "tr");
            cell(page, line, row.name() + "\n" + row.email());
            cell(page, line, row.role() + "\n" + (row.locations().isEmpty() ? "No location" : row.locations()));
            cell(page, line, row.lastSignIn() == null ? "Never" : clock.dateTime(row.lastSignIn()));
            cell(page, line, row.twoFactor());
            cell(page, line, Objects.requireNonNullElse(row.elevation(), "—"));
            cell(page, line, row.reviewer() + (row.selfReview() ? "\n(self-review)" : ""));
            cell(page, line, row.decision() == null ? "Not decided" : row.decision().label());
            cell(page, line, row.note().isEmpty() ? "—" : row.note());
            cell(page, line, row.decidedAt() == null ? "—" : clock.dateTime(row.decidedAt()) + "\nby " + row.decidedBy());
        }
        return page;
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
