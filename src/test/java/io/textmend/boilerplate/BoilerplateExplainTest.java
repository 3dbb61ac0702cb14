package io.textmend.boilerplate;

import static org.assertj.core.api.Assumptions.assumeThat;

import io.textmend.Change;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A tool more than a test: {@code -Dexplain=<file> [-Dpreset=...]} prints each block's verdict. */
class BoilerplateExplainTest {

    @Test
    void explainsOneFileWhenAsked() throws IOException {
        String file = System.getProperty("explain");
        assumeThat(file).isNotNull();
        String text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
        TextDocument doc = TextDocument.ofPlainText(text);
        BoilerplateRemover r = new BoilerplateRemover(StripOptions.preset(System.getProperty("preset", "default")));
        StripResult res = r.strip(doc);
        System.out.println("script=" + doc.script() + " lang=" + doc.language() + " body=" + doc.bodyStart() + ".." + doc.bodyEnd());
        int c = 0;
        for (int i = 0; i < doc.size(); i++) {
            Change ch = null;
            for (Change x : res.changes()) {
                if (x.start() == doc.block(i).start()) {
                    ch = x;
                }
            }
            String t = doc.block(i).text();
            System.out.printf("%3d %s w=%d s=%d stop=%.2f tc=%.2f sep=%d %-40s %s%n", i, doc.isProse(i) ? "P" : ".",
                    doc.weight(i), doc.sentences(i), doc.stopwords(i), doc.titleCase(i), doc.separators(i),
                    ch == null ? "KEEP" : ch.rule() + ":" + ch.detail(), t.length() > 70 ? t.substring(0, 70) : t);
        }
    }
}
