package org.fundguard.platform.governance.statistics;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fundguard.platform.governance.GovernanceException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Chinese font PDFs are rendered with. PDF viewers have no CJK glyphs of their own, so the font is
 * embedded; openhtmltopdf embeds TrueType (.ttf) fonts. Debian's fonts-droid-fallback provides one
 * (.ci/run installs it); {@code fundguard.pdf-font} names another.
 */
@Component
class PdfFont {
    static final List<Path> CANDIDATES = List.of(
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
            Path.of("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttf"));

    private final String configured;

    PdfFont(@Value("${fundguard.pdf-font:}") String configured) {
        this.configured = configured;
    }

    Path file() {
        List<Path> tried = new ArrayList<>();
        if (!configured.isBlank()) {
            Path p = Path.of(configured);
            if (Files.isReadable(p)) {
                return p;
            }
            tried.add(p);
        }
        for (Path p : CANDIDATES) {
            if (Files.isReadable(p)) {
                return p;
            }
            tried.add(p);
        }
        throw new GovernanceException(GovernanceException.Kind.UNAVAILABLE,
                "PDF 导出需要中文 TrueType 字体，未找到 (no Chinese .ttf font found; tried " + tried
                        + "): 安装 apt-get install fonts-droid-fallback，或设置 fundguard.pdf-font=/path/to/font.ttf");
    }
}
