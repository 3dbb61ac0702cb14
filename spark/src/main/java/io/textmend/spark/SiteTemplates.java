package io.textmend.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.min;

import java.io.Serializable;
import java.net.URI;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Site templates at cluster scale: the lines a site repeats on many of its pages (menus, slogans,
 * footers that survived single-page cleaning), learned by a Spark aggregation and removed from each
 * page of that site.
 *
 * <p>Learning: every cleaned page emits (site, url, hash) for each distinct normalised line; the
 * cluster counts, per site and hash, the distinct pages (URLs) that contain it, and a line is
 * template when it is in at least {@code share} of the site's pages and in at least
 * {@code minPages} pages. The same URL crawled twice counts once. The profiles (hashes per site)
 * are collected on the driver and broadcast to the removal pass.
 *
 * <p>Interim: the normalisation, hash and profile shape here are this module's own, kept in this
 * one class, until the core's {@code io.textmend.sites} (issue 8) lands; then this class should
 * use that package's normalisation and profile format so profiles learned on Spark and by
 * {@code textmend learn} are interchangeable. Stateless; thread-safe.
 */
public final class SiteTemplates {

    public static final String HASH = "hash";
    public static final String LINE = "line";
    public static final String PAGES = "pages";
    public static final String SITE_PAGES = "site_pages";
    public static final String SAMPLE = "sample";

    static final StructType LINE_SCHEMA = new StructType()
            .add(Pages.SITE, DataTypes.StringType, false)
            .add(Pages.URL, DataTypes.StringType, false)
            .add(HASH, DataTypes.LongType, false)
            .add(LINE, DataTypes.StringType, false);

    private static final int SAMPLE_CHARS = 120;

    private SiteTemplates() {
    }

    /** Learning thresholds; immutable and serialisable. */
    public record Thresholds(double share, long minPages) implements Serializable {
        private static final long serialVersionUID = 1L;

        public Thresholds {
            if (!(share > 0 && share <= 1)) {
                throw new IllegalArgumentException("share must be in (0, 1], got " + share);
            }
            if (minPages < 2) {
                throw new IllegalArgumentException("minPages must be at least 2, got " + minPages);
            }
        }

        /** The site-templates issue's defaults: in at least 30 % of a site's pages and at least 3 pages. */
        public static Thresholds defaults() {
            return new Thresholds(0.30, 3);
        }
    }

    /** The site of a URL: its host, lower-cased, without a leading {@code www.}; empty when unknown. */
    public static String siteKey(String url) {
        if (url == null || url.isBlank()) {
            return "";
        }
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return "";
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** A line folded for comparison: NFKC, case (root locale), every run of digits to one 0, whitespace. */
    static String normalise(String line) {
        String s = Normalizer.normalize(line, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        boolean digit = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = b.length() > 0;
                digit = false;
            } else if (Character.isDigit(c)) {
                if (!digit) {
                    appendSpace(b, space);
                    b.append('0');
                }
                space = false;
                digit = true;
            } else {
                appendSpace(b, space);
                b.appendCodePoint(c);
                space = false;
                digit = false;
            }
        }
        return b.toString();
    }

    private static void appendSpace(StringBuilder b, boolean space) {
        if (space) {
            b.append(' ');
        }
    }

    /** 64-bit FNV-1a of the normalised line's UTF-16 units. */
    static long hash(String normalised) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            h = (h ^ (c & 0xff)) * 0x100000001b3L;
            h = (h ^ (c >>> 8)) * 0x100000001b3L;
        }
        return h;
    }

    /**
     * The learning pass over cleaned pages (columns {@code site}, {@code url}, {@code text}): one
     * row per template line, with columns site, hash, pages, site_pages and a sample of the line.
     */
    public static Dataset<Row> learn(Dataset<Row> pages, Thresholds t) {
        Dataset<Row> known = pages.where(col(Pages.SITE).notEqual("").and(col(Pages.URL).isNotNull()));
        Dataset<Row> lines = known.select(Pages.SITE, Pages.URL, Pages.TEXT)
                .flatMap((FlatMapFunction<Row, Row>) SiteTemplates::lines, Encoders.row(LINE_SCHEMA));
        // Counting keeps to fixed-width aggregation buffers (hash aggregates); the samples, strings,
        // are picked afterwards for the few template lines only.
        Dataset<Row> perLine = lines.select(Pages.SITE, Pages.URL, HASH).distinct()
                .groupBy(Pages.SITE, HASH).count().withColumnRenamed("count", PAGES);
        Dataset<Row> perSite = known.select(Pages.SITE, Pages.URL).distinct()
                .groupBy(Pages.SITE).count().withColumnRenamed("count", SITE_PAGES);
        Dataset<Row> template = perLine.join(perSite, Pages.SITE)
                .where(col(PAGES).geq(t.minPages()).and(col(PAGES).geq(col(SITE_PAGES).multiply(t.share()))));
        Dataset<Row> samples = lines.join(template.select(Pages.SITE, HASH),
                        scala.jdk.javaapi.CollectionConverters.asScala(List.of(Pages.SITE, HASH)).toSeq(), "left_semi")
                .groupBy(Pages.SITE, HASH).agg(min(LINE).as(SAMPLE));
        return template.join(samples, scala.jdk.javaapi.CollectionConverters.asScala(List.of(Pages.SITE, HASH)).toSeq())
                .select(Pages.SITE, HASH, PAGES, SITE_PAGES, SAMPLE);
    }

    /** Each distinct normalised line of one page, as (site, url, hash, sample). */
    private static java.util.Iterator<Row> lines(Row page) {
        String site = page.getString(0);
        String url = page.getString(1);
        String text = page.getString(2);
        List<Row> out = new ArrayList<>();
        if (text == null) {
            return out.iterator();
        }
        Set<Long> seen = new HashSet<>();
        for (String line : text.split("\n", -1)) {
            String n = normalise(line);
            if (!n.isEmpty() && seen.add(hash(n))) {
                String sample = line.strip();
                sample = sample.length() > SAMPLE_CHARS ? sample.substring(0, SAMPLE_CHARS) : sample;
                out.add(RowFactory.create(site, url, hash(n), sample));
            }
        }
        return out.iterator();
    }

    /** The learned profiles as site to sorted template hashes: small, for a broadcast. */
    public static HashMap<String, long[]> collect(Dataset<Row> profiles) {
        Map<String, List<Long>> bySite = new HashMap<>();
        for (Row r : profiles.select(Pages.SITE, HASH).collectAsList()) {
            bySite.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(r.getLong(1));
        }
        HashMap<String, long[]> out = new HashMap<>();
        bySite.forEach((site, hs) -> {
            long[] a = hs.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(a);
            out.put(site, a);
        });
        return out;
    }

    /** A page's text with template lines removed, and how many lines went. */
    record Removal(String text, long removed) {
    }

    /**
     * Removes the lines whose normalised hash is in {@code sortedHashes}; the text keeps textmend's
     * shape (paragraphs one blank line apart, one final newline). Unchanged when nothing matches.
     */
    static Removal remove(String text, long[] sortedHashes) {
        if (text == null || sortedHashes == null || sortedHashes.length == 0) {
            return new Removal(text, 0);
        }
        String[] lines = text.split("\n", -1);
        List<String> kept = new ArrayList<>(lines.length);
        long removed = 0;
        for (String line : lines) {
            String n = normalise(line);
            if (!n.isEmpty() && Arrays.binarySearch(sortedHashes, hash(n)) >= 0) {
                removed++;
            } else {
                kept.add(line);
            }
        }
        if (removed == 0) {
            return new Removal(text, 0);
        }
        StringBuilder b = new StringBuilder(text.length());
        boolean blank = false;
        for (String line : kept) {
            if (line.isBlank()) {
                blank = b.length() > 0;
            } else {
                if (blank) {
                    b.append('\n');
                }
                b.append(line).append('\n');
                blank = false;
            }
        }
        return new Removal(b.toString(), removed);
    }

    /**
     * The removal pass over cleaned pages: the job's output rows ({@link Pages#OUTPUT_COLUMNS}), each
     * page's template lines removed and counted.
     */
    public static Dataset<Row> apply(Dataset<Row> pages, Broadcast<HashMap<String, long[]>> profiles) {
        StructType out = outputSchema(pages.schema());
        Dataset<Row> sel = pages.select(inputColumns());
        return sel.map((MapFunction<Row, Row>) r -> {
            String site = r.getString(0);
            Removal rm = remove(r.getString(5), profiles.value().get(site));
            return RowFactory.create(r.get(1), r.get(2), r.get(3), r.get(4), rm.text(), r.get(6), r.get(7),
                    rm.removed());
        }, Encoders.row(out));
    }

    private static org.apache.spark.sql.Column[] inputColumns() {
        return new org.apache.spark.sql.Column[] {col(Pages.SITE), col(Pages.URL), col(Pages.DATE),
            col(Pages.CHARSET), col(Pages.TITLE), col(Pages.TEXT), col(Pages.MOJIBAKE_REPAIRS),
            col(Pages.BOILERPLATE_REMOVALS)};
    }

    static StructType outputSchema(StructType pages) {
        StructType s = new StructType();
        for (String c : Pages.OUTPUT_COLUMNS) {
            s = c.equals(Pages.SITE_TEMPLATE_REMOVALS) ? s.add(c, DataTypes.LongType, false) : s.add(pages.apply(c));
        }
        return s;
    }
}
