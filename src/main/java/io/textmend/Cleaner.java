package io.textmend;

import io.textmend.boilerplate.Block;
import io.textmend.boilerplate.BoilerplateRemover;
import io.textmend.boilerplate.StripResult;
import io.textmend.boilerplate.TextDocument;
import io.textmend.encoding.DecodeSource;
import io.textmend.encoding.DecodedText;
import io.textmend.encoding.EncodingDetector;
import io.textmend.html.Extraction;
import io.textmend.html.HtmlExtractor;
import io.textmend.html.LanguageCharsets;
import io.textmend.mojibake.FixResult;
import io.textmend.mojibake.MojibakeFixer;
import io.textmend.sites.SiteFilter;
import io.textmend.sites.SiteFilterResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The whole pipeline: bytes to text, then for HTML the article's blocks ({@link HtmlExtractor}), each
 * repaired and handed with its tag and link density to the boilerplate filters; for plain text,
 * repair then stripping; hygiene last.
 * Built once from {@link CleanOptions}; immutable and thread-safe, share it across threads.
 */
public final class Cleaner {

    /** Repair after hygiene converges in one or two passes; this bounds pathological input. */
    private static final int MAX_EXTRA_PASSES = 3;

    private final CleanOptions options;
    private final EncodingDetector detector;
    private final MojibakeFixer repair;
    private final MojibakeFixer hygiene;
    private final BoilerplateRemover remover;
    private final BoilerplateRemover htmlRemover;
    private final HtmlExtractor extractor;
    private final SiteFilter sites;

    public Cleaner(CleanOptions options) {
        this(options, null);
    }

    /** A cleaner that also removes site template lines learned in {@code sites} (may be null). */
    public Cleaner(CleanOptions options, SiteFilter sites) {
        this.options = Objects.requireNonNull(options, "options");
        this.detector = new EncodingDetector(options.encoding());
        this.repair = new MojibakeFixer(options.repair());
        this.hygiene = new MojibakeFixer(options.hygiene());
        this.remover = new BoilerplateRemover(options.strip());
        this.htmlRemover = new BoilerplateRemover(options.strip().afterExtraction());
        this.extractor = new HtmlExtractor(options.extract());
        this.sites = sites;
    }

    public CleanOptions options() {
        return options;
    }

    public EncodingDetector detector() {
        return detector;
    }

    public MojibakeFixer repairer() {
        return repair;
    }

    public BoilerplateRemover remover() {
        return remover;
    }

    public HtmlExtractor extractor() {
        return extractor;
    }

    /** Cleans raw bytes. */
    public CleanResult clean(byte[] bytes) {
        return clean(bytes, null);
    }

    /**
     * Cleans raw bytes that came with an HTTP {@code Content-Type} (may be null).
     *
     * @throws io.textmend.encoding.BinaryInputException when the bytes are not text
     */
    public CleanResult clean(byte[] bytes, String contentType) {
        return clean(bytes, contentType, null);
    }

    /**
     * When statistical detection chose the charset (no BOM, no trustworthy declaration, not
     * UTF-8), a page's {@code <html lang>} is evidence too: its language's legacy charset is tried,
     * and kept when its letters fit the language's script better than the detected decoding's do.
     */
    private DecodedText languageFallback(byte[] bytes, DecodedText d) {
        if (d.source() != DecodeSource.DETECTED || d.charset().equals("utf-8") || options.kind() == InputKind.TEXT) {
            return d;
        }
        String lang = LanguageCharsets.declaredLanguage(bytes);
        String legacy = LanguageCharsets.legacyCharset(lang);
        if (legacy == null || legacy.equalsIgnoreCase(d.charset())) {
            return d;
        }
        double detectedFit = LanguageCharsets.scriptFit(d.text(), lang);
        if (detectedFit < 0 || detectedFit >= 0.9) {
            return d;
        }
        DecodedText alt = new EncodingDetector(options.encoding().withGivenCharset(legacy)).decode(bytes, null);
        double altFit = LanguageCharsets.scriptFit(alt.text(), lang);
        if (altFit < 0.9 || alt.text().indexOf('\uFFFD') >= 0) {
            return d;
        }
        return new DecodedText(alt.text(), alt.charset(), Math.min(0.9, altFit), DecodeSource.DETECTED, alt.spans());
    }

    /** Cleans text that is already decoded. */
    public CleanResult clean(String text) {
        return clean(text, null);
    }

    /** Cleans text that is already decoded, removing the site's template lines when the cleaner has profiles. */
    public CleanResult clean(String text, String site) {
        return finish(prepare(text, List.of()), site, "utf-8", 1.0, "string");
    }

    /**
     * Cleans raw bytes of a page of {@code site} (a key from {@link io.textmend.sites.SiteKeyMode}),
     * removing that site's template lines when this cleaner was built with site profiles.
     */
    public CleanResult clean(byte[] bytes, String contentType, String site) {
        DecodedText d = languageFallback(bytes, detector.decode(bytes, contentType));
        return finish(prepare(d.text(), d.spans()), site, d.charset(), d.confidence(), d.source().label());
    }

    /**
     * The text site-template learning should see for these bytes: decoded, repaired and, for HTML,
     * extracted, before any boilerplate stripping; the same text the site filter receives in
     * {@link #clean(byte[], String, String)}.
     */
    public String siteText(byte[] bytes, String contentType) {
        DecodedText d = languageFallback(bytes, detector.decode(bytes, contentType));
        return prepare(d.text(), List.of()).doc().text();
    }

    /** {@link #siteText(byte[], String)} for text that is already decoded. */
    public String siteText(String text) {
        return prepare(text, List.of()).doc().text();
    }

    /** This cleaner with site profiles: pages cleaned with a site key lose that site's template lines. */
    public Cleaner withSites(SiteFilter filter) {
        return new Cleaner(options, filter);
    }

    /** The site filter, or null when this cleaner has no profiles. */
    public SiteFilter sites() {
        return sites;
    }

    /** What the stages before stripping made of a page. */
    private record Prepared(TextDocument doc, InputKind kind, String title, CleanResult.PageMetadata meta,
            List<Change> changes) {
    }

    /** Repair and, for HTML, extraction: everything before the site and boilerplate filters. */
    private Prepared prepare(String text, List<Change> encSpans) {
        List<Change> changes = new ArrayList<>(encSpans);
        InputKind kind = options.kind() == InputKind.AUTO ? InputKind.sniff(text) : options.kind();
        if (kind == InputKind.HTML) {
            Extraction x = extractor.extract(text, "");
            CleanResult.PageMetadata meta = new CleanResult.PageMetadata(x.byline(), x.date(), x.language(),
                    x.canonicalUrl());
            // clean text (the usual case) is checked once; only damaged pages are repaired block by block
            FixResult whole = repair.fix(x.text());
            TextDocument doc = whole.changed() ? repairBlocks(x.blocks(), changes)
                    : TextDocument.ofBlocks(x.text(), x.blocks());
            return new Prepared(doc, kind, x.title(), meta, changes);
        }
        FixResult fixed = repair.fix(text);
        changes.addAll(fixed.changes());
        return new Prepared(TextDocument.ofPlainText(fixed.text()), kind, "", CleanResult.PageMetadata.NONE, changes);
    }

    /** Boilerplate, then hygiene (and stripping again when hygiene changed the text). */
    private String stripAndTidy(BoilerplateRemover stripper, TextDocument doc, List<Change> changes) {
        StripResult stripped = stripper.strip(doc);
        changes.addAll(stripped.changes());
        FixResult tidy = hygiene.fix(stripped.text());
        changes.addAll(tidy.changes());
        return tidy.changed() ? stripper.strip(TextDocument.ofPlainText(tidy.text())).text() : tidy.text();
    }

    /** Site templates, boilerplate, then hygiene. */
    private CleanResult finish(Prepared p, String site, String charset, double conf, String source) {
        List<Change> changes = new ArrayList<>(p.changes());
        TextDocument doc = p.doc();
        if (sites != null && site != null) {
            SiteFilterResult r = sites.filter(site, doc.text());
            if (r.changed()) {
                changes.addAll(r.changes());
                doc = TextDocument.ofPlainText(r.text());
            }
        }
        BoilerplateRemover stripper = p.kind() == InputKind.HTML ? htmlRemover : remover;
        String out = stripAndTidy(stripper, doc, changes);
        // hygiene (entities, controls, NFC) can leave damage repair now recognises, e.g. a C1 control
        // removed from inside a mojibake run: repair, strip and tidy again until nothing changes, so
        // that cleaning the result again changes nothing (the check is the cheap suspicion scan)
        FixResult again = repair.fix(out);
        for (int pass = 0; again.changed() && pass < MAX_EXTRA_PASSES; pass++) {
            changes.addAll(again.changes());
            out = stripAndTidy(stripper, TextDocument.ofPlainText(again.text()), changes);
            again = repair.fix(out);
        }
        return new CleanResult(out, charset, conf, source, p.kind(), p.title(), p.meta(), changes);
    }

    /**
     * Repairs each extracted block on its own, so a block keeps its tag and link density for the
     * boilerplate filters; change spans are moved to the repaired document's offsets.
     */
    private TextDocument repairBlocks(List<Block> blocks, List<Change> changes) {
        StringBuilder text = new StringBuilder();
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            FixResult f = repair.fix(b.text());
            int start = text.length();
            for (Change c : f.changes()) {
                changes.add(c.shifted(start));
            }
            text.append(f.text());
            out.add(new Block(out.size(), f.text(), start, text.length(), b.tag(), b.linkDensity()));
        }
        if (text.length() > 0) {
            text.append('\n');
        }
        return TextDocument.ofBlocks(text.toString(), out);
    }
}
