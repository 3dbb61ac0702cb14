package io.textmend.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Prestrip} (cuts found first, kept runs copied into an array of the exact size) against the
 * plain StringBuilder version ({@link ReferencePasses#prestrip}), on the benchmark pages and on random
 * markup with scripts, styles, comments, JSON-LD and elements that never close.
 */
class HtmlPrestripTest {

    private static final String[] PIECES = {"<p>text</p>", "<script>var a = '<p>';</script>", "<SCRIPT src=x></SCRIPT>",
        "<script type=\"application/ld+json\">{\"headline\": \"H\"}</script>", "<style>p{}</style>", "<!-- note -->",
        "<!-- never closed", "<script>never closed", "<noscript><img src=x></noscript>", "<svg><path d=1/></svg>",
        "<template><p>t</p></template>", "<scripts>not cut</scripts>", "<stylesheet>", "<", "<s", "a < b", "<!--->",
        "\u201Cquote\u201D", "\u4E2D\u6587", "<style", "</script>", "<nosc", "<svg/>", "<svg >x</svg >", "<br>"};

    private static String read(Prestrip.Result r) {
        StringBuilder sb = new StringBuilder();
        try (Reader in = r.reader()) {
            char[] buf = new char[37];
            for (int k = in.read(buf); k >= 0; k = in.read(buf)) {
                sb.append(buf, 0, k);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }

    private static void assertSame(String html) {
        Map.Entry<String, java.util.List<String>> ref = ReferencePasses.prestrip(html);
        Prestrip.Result r = Prestrip.strip(html);
        assertThat(r.html()).isEqualTo(ref.getKey());
        assertThat(read(r)).isEqualTo(ref.getKey());
        assertThat(r.length()).isEqualTo(ref.getKey().length());
        assertThat(r.jsonLd()).isEqualTo(ref.getValue());
    }

    @Test
    void cutsAsTheReferenceOnRandomMarkup() {
        Random rnd = new Random(11);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = rnd.nextInt(12); k >= 0; k--) {
                sb.append(PIECES[rnd.nextInt(PIECES.length)]);
            }
            assertSame(sb.toString());
        }
        assertSame("");
        assertSame("no markup at all");
    }

    @Test
    void cutsAsTheReferenceOnTheBenchmarkPages() {
        for (BenchmarkPages.Page p : BenchmarkPages.load()) {
            assertSame(new String(p.html(), StandardCharsets.UTF_8));
        }
    }
}
