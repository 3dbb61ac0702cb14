package io.textmend.encoding;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.List;

/**
 * One charset the statistical detector may choose: how to decode with it, how common it is on
 * the web (a prior), and which languages it can carry. Immutable and thread-safe.
 */
final class Candidate {

    /** Languages whose non-ASCII characters this charset encodes at least this share of. */
    private static final double MIN_COVERAGE = 0.8;

    private final String name;
    private final double logPrior;
    private final SingleByteCodePage table;
    private final Charset charset;
    private final List<LanguageModel> languages;

    /** The charset whose repertoire says which languages this one carries. */
    private final Charset repertoire;

    private Candidate(String name, double logPrior, SingleByteCodePage table, Charset charset, Charset repertoire) {
        this.name = name;
        this.logPrior = logPrior;
        this.table = table;
        this.charset = charset;
        this.repertoire = repertoire;
        this.languages = LanguageModels.all().stream().filter(m -> m.coverage(cp -> LegacySpelling.canWrite(cp, this::canEncode)) >= MIN_COVERAGE).toList();
    }

    static Candidate singleByte(String name, double logPrior) {
        return new Candidate(name, logPrior, CodePages.singleByte(name).orElseThrow(), null, null);
    }

    static Candidate multiByte(String name, double logPrior) {
        Charset cs = CodePages.jdkCharset(name).orElseThrow();
        return new Candidate(name, logPrior, null, cs, cs);
    }

    /**
     * A multi-byte charset whose everyday repertoire is narrower than what it can encode (gb18030
     * encodes all of Unicode in four-byte sequences, but pages in it write what GBK has).
     */
    static Candidate multiByte(String name, double logPrior, String repertoire) {
        return new Candidate(name, logPrior, null, CodePages.jdkCharset(name).orElseThrow(), Charset.forName(repertoire));
    }

    static Candidate wide(String name, double logPrior) {
        Charset cs = Charset.forName(name);
        return new Candidate(name, logPrior, null, cs, cs);
    }

    /** The name textmend reports. */
    String name() {
        return name;
    }

    double logPrior() {
        return logPrior;
    }

    boolean isSingleByte() {
        return table != null;
    }

    /** The code page of a single-byte candidate, else null. */
    SingleByteCodePage table() {
        return table;
    }

    List<LanguageModel> languages() {
        return languages;
    }

    /** Decodes; bytes this charset cannot read become U+FFFD. */
    String decode(byte[] b, int off, int len) {
        if (table != null) {
            return table.decode(b, off, len);
        }
        return SloppyMultiByte.decode(name, charset, b, off, len);
    }

    private boolean canEncode(int cp) {
        if (table != null) {
            return cp <= 0xFFFF && table.encode((char) cp) >= 0 && !(cp >= 0x80 && cp <= 0x9F);
        }
        if (cp > 0xFFFF) {
            return false;
        }
        CharsetEncoder e = repertoire.newEncoder();
        return e.canEncode((char) cp);
    }

    @Override
    public String toString() {
        return name;
    }
}
