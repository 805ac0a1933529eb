package org.fundguard.platform.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.fundguard.reporting.DataFileException;
import org.fundguard.reporting.DataLines;
import org.junit.jupiter.api.Test;

class AttachmentTypesTest {
    private final AttachmentTypes types = AttachmentTypes.standard();

    private String recognised(byte[] head) {
        byte[] padded = java.util.Arrays.copyOf(head, AttachmentTypes.HEAD_BYTES);
        return types.recognise(padded, head.length).map(AttachmentTypes.Type::mediaType).orElse("refused");
    }

    @Test
    void recognisesTheWhitelistedTypesByTheirFirstBytes() {
        assertThat(recognised("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).isEqualTo("application/pdf");
        assertThat(recognised(PublicForm.PNG)).isEqualTo("image/png");
        assertThat(recognised(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})).isEqualTo("image/jpeg");
        assertThat(recognised(new byte[] {0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'})).isEqualTo("video/mp4");
        assertThat(recognised("RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.US_ASCII))).isEqualTo("audio/wav");
    }

    @Test
    void refusesEverythingElseWhatever() {
        assertThat(recognised(new byte[] {'M', 'Z', (byte) 0x90, 0})).isEqualTo("refused");
        assertThat(recognised("PK\u0003\u0004word/".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo("refused");
        assertThat(recognised("RIFF\0\0\0\0AVI LIST".getBytes(StandardCharsets.US_ASCII))).isEqualTo("refused");
        assertThat(recognised("<html><script>".getBytes(StandardCharsets.US_ASCII))).isEqualTo("refused");
        assertThat(recognised(new byte[] {'%', 'P'})).as("too short for the signature").isEqualTo("refused");
    }

    @Test
    void aBadSignatureInTheFileNamesLineAndField() {
        DataLines file = DataLines.read(new StringReader("media_type\tsignature\tlabel\nx/y\t0:ZZ\tX\n"), "t.tsv");

        assertThatThrownBy(() -> AttachmentTypes.load(file)).isInstanceOf(DataFileException.class)
                .hasMessageContaining("t.tsv:2 [signature]");
    }
}
