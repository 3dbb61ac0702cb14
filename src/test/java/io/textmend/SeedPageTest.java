package io.textmend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SeedPageTest {

    static final Path SEED = Path.of("seeds/000_6382ce5c37147a41.txt");
    static final Path FIXED = Path.of("test-fixtures/seed/000_6382ce5c37147a41.fixed.txt");
    static final Path CLEANED = Path.of("test-fixtures/seed/000_6382ce5c37147a41.cleaned.txt");

    static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    @Test
    void fixRepairsOnlyTheGbkApostrophe() throws IOException {
        assertThat(TextMend.fix(read(SEED))).isEqualTo(read(FIXED));
        assertThat(TextMend.fixAndExplain(read(SEED)).changes())
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.before()).isEqualTo("鈥檚");
                    assertThat(c.after()).isEqualTo("’s");
                });
    }

    @Test
    void cleanGivesTheExpectedArticle() throws IOException {
        assertThat(TextMend.clean(Files.readAllBytes(SEED)).text()).isEqualTo(read(CLEANED));
        assertThat(TextMend.clean(read(SEED)).text()).isEqualTo(read(CLEANED));
    }

    @Test
    void cleanIsIdempotentOnTheSeed() throws IOException {
        String once = TextMend.clean(read(SEED)).text();
        assertThat(TextMend.clean(once).text()).isEqualTo(once);
    }

    @Test
    void decodeReportsCharsetAndSource() throws IOException {
        var d = TextMend.decode(Files.readAllBytes(SEED));
        assertThat(d.charset()).isEqualTo("utf-8");
        assertThat(d.source().label()).isEqualTo("detected");
    }

    @Test
    void fixRepairsDoubleLayeredLatin1() {
        String twice = new String(new byte[] {'c', 'a', 'f', (byte) 0xC3, (byte) 0x83, (byte) 0xC2, (byte) 0xA9},
                StandardCharsets.UTF_8);
        assertThat(TextMend.fix(twice)).isEqualTo("café");
    }
}
