package org.fundguard.platform.cases;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * HTML (well-formed XHTML from the document templates) to PDF with openhtmltopdf. The documents are
 * Chinese: a CJK TrueType font is embedded (subset), the configured one or the first of the usual Debian
 * places; without one the documents cannot be made and the error says which package installs one.
 */
final class PdfDocuments {
    static final String FONT_FAMILY = "FundGuardCJK";
    private static final List<Path> CANDIDATES = List.of(
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),   // Debian fonts-droid-fallback
            Path.of("/usr/share/fonts/truetype/arphic/uming.ttf"),                   // Debian fonts-arphic-uming
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttf"));

    private final Path font;

    private PdfDocuments(Path font) {
        this.font = font;
    }

    /** The renderer with {@code configured} (may be null) or the first font found; an error naming what to install. */
    static PdfDocuments withFont(Path configured) {
        if (configured != null) {
            if (!Files.isReadable(configured)) {
                throw new IllegalStateException("fundguard.cases.pdf-font " + configured + " is not a readable TrueType font");
            }
            return new PdfDocuments(configured);
        }
        for (Path p : CANDIDATES) {
            if (Files.isReadable(p)) {
                return new PdfDocuments(p);
            }
        }
        return new PdfDocuments(null);
    }

    boolean available() {
        return font != null;
    }

    byte[] render(String xhtml) {
        if (font == null) {
            throw new IllegalStateException("no Chinese font for PDF documents: install Debian's fonts-droid-fallback "
                    + "(apt-get install fonts-droid-fallback) or set fundguard.cases.pdf-font to a .ttf file");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            b.useFont(font.toFile(), FONT_FAMILY);
            b.withHtmlContent(xhtml, null);
            b.toStream(out);
            b.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render a PDF document", e);
        }
        return out.toByteArray();
    }
}
