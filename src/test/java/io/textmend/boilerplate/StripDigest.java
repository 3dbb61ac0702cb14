package io.textmend.boilerplate;

import io.textmend.Change;
import io.textmend.html.HtmlExtractor;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * A development tool for speed work on the boilerplate package: writes, for many inputs and every
 * preset, the stripped text, every change and every block feature of the first document to one
 * file, so that two builds can be compared with {@code cmp} (an optimisation must leave the file
 * byte for byte the same). Inputs: the 181 benchmark pages as whole-page text, the same pages cut
 * by the HTML extractor (with tags and link density, the {@code +html} presets), the fixture pages
 * and the seed, the multilingual corpus in chunks, and generated pages that mix lines of all of
 * these with the phrase lists' entries, altered (case, edge punctuation, odd whitespace, Turkish
 * dotted capitals, combining marks, surrogate pairs, lone surrogates).
 *
 * <p>Run: {@code java -cp target/test-classes:target/classes:$(cat target/bench.classpath)
 * io.textmend.boilerplate.StripDigest out.txt [generated-pages]}.
 */
public final class StripDigest {

    private StripDigest() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/strip-digest.txt");
        int generated = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        List<String> names = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        List<String> htmlNames = new ArrayList<>();
        List<TextDocument> htmlDocs = new ArrayList<>();
        HtmlExtractor extractor = HtmlExtractor.defaults();
        try (Stream<Path> s = Files.list(Path.of("test-fixtures", "corpora", "article-extraction-benchmark", "html"))) {
            for (Path f : s.sorted().toList()) {
                String html;
                try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                    html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                names.add("benchmark/" + f.getFileName());
                pages.add(WholePageText.of(html));
                var x = extractor.extract(html, "");
                htmlNames.add("html/" + f.getFileName());
                htmlDocs.add(TextDocument.ofBlocks(x.text(), x.blocks()));
            }
        }
        try (Stream<Path> s = Files.list(Path.of("test-fixtures", "boilerplate", "pages"))) {
            for (Path f : s.sorted().toList()) {
                names.add("fixture/" + f.getFileName());
                pages.add(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            for (Path f : s.sorted().toList()) {
                names.add("seed/" + f.getFileName());
                pages.add(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
            }
        }
        try (Stream<Path> s = Files.list(Path.of("test-fixtures", "corpora", "multilingual-clean"))) {
            for (Path f : s.sorted().filter(p -> p.toString().endsWith(".txt")).toList()) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i += 60) {
                    names.add("multilingual/" + f.getFileName() + "#" + i);
                    pages.add(String.join("\n", lines.subList(i, Math.min(lines.size(), i + 60))) + "\n");
                }
            }
        }
        List<String> pool = linePool(pages);
        Random rnd = new Random(20261201L);
        for (int g = 0; g < generated; g++) {
            names.add("generated/" + g);
            pages.add(generate(rnd, pool));
        }
        List<BoilerplateRemover> removers = new ArrayList<>();
        List<BoilerplateRemover> htmlRemovers = new ArrayList<>();
        for (String p : List.of("conservative", "default", "aggressive")) {
            removers.add(new BoilerplateRemover(StripOptions.preset(p)));
            htmlRemovers.add(new BoilerplateRemover(StripOptions.preset(p).afterExtraction()));
        }
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int k = 0; k < pages.size(); k++) {
                TextDocument doc = TextDocument.ofPlainText(pages.get(k));
                w.write("=== " + names.get(k) + "\n");
                features(doc, w);
                for (BoilerplateRemover r : removers) {
                    result(r, doc, w);
                }
            }
            for (int k = 0; k < htmlDocs.size(); k++) {
                w.write("=== " + htmlNames.get(k) + "\n");
                features(htmlDocs.get(k), w);
                for (BoilerplateRemover r : htmlRemovers) {
                    result(r, htmlDocs.get(k), w);
                }
            }
        }
        System.out.println(pages.size() + htmlDocs.size() + " documents written to " + out);
    }

    private static void result(BoilerplateRemover r, TextDocument doc, BufferedWriter w) throws IOException {
        StripResult s = r.strip(doc);
        w.write("--- " + r.options().preset() + " blocks=" + s.blocks() + " removed=" + s.removedBlocks() + "\n");
        w.write(esc(s.text()));
        for (Change c : s.changes()) {
            w.write(esc("  " + c + "\n"));
        }
    }

    private static void features(TextDocument d, BufferedWriter w) throws IOException {
        w.write("lang=" + d.language() + " script=" + d.script() + " body=" + d.bodyStart() + ".." + d.bodyEnd() + "\n");
        for (int i = 0; i < d.size(); i++) {
            w.write(esc(String.format(Locale.ROOT, "%d w%d g%d s%d e%b p%d t%.6f sw%.6f r%d %s prose=%b sent=%b edge=%b |%s|%n",
                    i, d.words(i), d.weight(i), d.sentences(i), d.endsSentence(i), d.separators(i), d.titleCase(i),
                    d.stopwords(i), d.repeats(i), d.script(i), d.isProse(i), d.isSentence(i), d.inEdgeZone(i),
                    d.normalized(i))));
        }
    }

    /** Lines of the pages and entries of every phrase list (wildcards filled in). */
    private static List<String> linePool(List<String> pages) {
        List<String> pool = new ArrayList<>();
        for (String p : pages) {
            for (String l : p.split("\n")) {
                if (!l.isBlank()) {
                    pool.add(l);
                }
            }
        }
        String[] categories = {"navigation", "share", "consent", "interruption", "related", "footer", "copyright",
            "credits", "spam", "stopwords"};
        for (String lang : Resources.languages()) {
            for (String c : categories) {
                for (String e : Resources.lines(lang + "/" + c + ".txt", false)) {
                    // entries weigh heavily: the matchers are what changes
                    for (int k = 0; k < 30; k++) {
                        pool.add("\u0000" + e);
                    }
                }
            }
        }
        return pool;
    }

    private static final String[] FILL = {"", "x", "the news", "Jane Doe", "2019", "新闻", "Новости", " ", "a b c"};
    private static final String[] EDGE = {"", ":", " | ", "»", "-", "—", "…", "!", "#", "：", "。", "→ ", " ·", "*", "."};
    private static final String[] SPACE = {" ", " ", " ", "  ", "\t", "\u00a0", "\u2003", "\u3000", " \u00a0 ",
        "\u200b", "\r"};
    private static final String[] ODD = {"İ", "ß", "ﬁ", "e\u0301", "𝐀", "😀", "\ud800", "\udc00", "Σ", "ǅ", "Ⅻ", "١٢",
        "ı", "ΐ", "Ꮿ", "\u0130stanbul", "K", "Å"};
    private static final String[] SEP = {" | ", " · ", " • ", " / ", " > ", "|", "·", " ¦ ", " » ", " - "};

    private static String generate(Random rnd, List<String> pool) {
        int lines = 1 + rnd.nextInt(rnd.nextInt(4) == 0 ? 120 : 30);
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < lines; k++) {
            String l = pool.get(rnd.nextInt(pool.size()));
            if (l.startsWith("\u0000")) {
                l = phraseVariant(rnd, l.substring(1));
            } else if (rnd.nextInt(6) == 0) {
                l = alter(rnd, l);
            }
            int join = rnd.nextInt(10);
            if (join == 0) {
                // a row of items
                int items = 2 + rnd.nextInt(4);
                String sep = SEP[rnd.nextInt(SEP.length)];
                StringBuilder row = new StringBuilder(l);
                for (int j = 1; j < items; j++) {
                    String m = pool.get(rnd.nextInt(pool.size()));
                    row.append(sep).append(m.startsWith("\u0000") ? phraseVariant(rnd, m.substring(1)) : m);
                }
                l = row.toString();
            } else if (join == 1) {
                l = l + " " + l;
            }
            sb.append(l);
            sb.append(rnd.nextInt(3) == 0 ? "\n\n" : rnd.nextInt(20) == 0 ? "\r\n" : "\n");
            if (rnd.nextInt(15) == 0) {
                sb.append(l).append('\n');
            }
        }
        return sb.toString();
    }

    private static String phraseVariant(Random rnd, String e) {
        StringBuilder b = new StringBuilder();
        String[] parts = e.split("\\*", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                b.append(FILL[rnd.nextInt(FILL.length)]);
            }
            b.append(parts[i]);
        }
        String s = b.toString();
        switch (rnd.nextInt(6)) {
            case 0 -> s = s.toUpperCase(Locale.ROOT);
            case 1 -> s = s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
            default -> { }
        }
        if (rnd.nextInt(3) == 0) {
            s = EDGE[rnd.nextInt(EDGE.length)] + s + EDGE[rnd.nextInt(EDGE.length)];
        }
        if (rnd.nextInt(4) == 0) {
            s = s.replace(" ", SPACE[rnd.nextInt(SPACE.length)]);
        }
        if (rnd.nextInt(8) == 0) {
            s = alter(rnd, s);
        }
        return s;
    }

    private static String alter(Random rnd, String l) {
        if (l.isEmpty()) {
            return ODD[rnd.nextInt(ODD.length)];
        }
        int at = rnd.nextInt(l.length() + 1);
        return switch (rnd.nextInt(5)) {
            case 0 -> l.substring(0, at) + ODD[rnd.nextInt(ODD.length)] + l.substring(at);
            case 1 -> l.substring(0, at) + SPACE[rnd.nextInt(SPACE.length)] + l.substring(at);
            case 2 -> l.toUpperCase(Locale.ROOT);
            case 3 -> SPACE[rnd.nextInt(SPACE.length)] + l + SPACE[rnd.nextInt(SPACE.length)];
            default -> l.substring(0, at) + EDGE[rnd.nextInt(EDGE.length)] + l.substring(at);
        };
    }

    /** {@code s} with lone surrogates, which UTF-8 cannot hold, written as {@code \\uXXXX}. */
    private static String esc(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean lone = Character.isHighSurrogate(c) && (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1)))
                    || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
            if (lone && b == null) {
                b = new StringBuilder(s.substring(0, i));
            }
            if (b != null) {
                b.append(lone ? String.format(Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return b == null ? s : b.toString();
    }
}
