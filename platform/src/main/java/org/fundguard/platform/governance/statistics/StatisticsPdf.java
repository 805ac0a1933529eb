package org.fundguard.platform.governance.statistics;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** The monthly statistics as PDF: the XHTML template governance/statistics-pdf rendered by openhtmltopdf. */
@Component
class StatisticsPdf {
    static final String FONT_FAMILY = "fundguard-cjk";

    private final ITemplateEngine templates;
    private final PdfFont font;

    StatisticsPdf(ITemplateEngine templates, PdfFont font) {
        this.templates = templates;
        this.font = font;
    }

    void write(MonthlyReport report, OutputStream out) throws IOException {
        java.io.File fontFile = font.file().toFile();
        Context context = new Context(Locale.SIMPLIFIED_CHINESE);
        context.setVariable("report", report);
        context.setVariable("fontFamily", FONT_FAMILY);
        String html = templates.process("governance/statistics-pdf", context);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(fontFile, FONT_FAMILY);
        builder.withHtmlContent(html, null);
        builder.toStream(out);
        builder.run();
    }
}
