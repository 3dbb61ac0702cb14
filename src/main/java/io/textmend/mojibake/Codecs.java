package io.textmend.mojibake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The code pages the repair considers, each built once on first use from the shipped tables
 * ({@value #SINGLE_BYTE_RESOURCE}: the high halves of textmend's sloppy single-byte code pages;
 * {@value #DOUBLE_BYTE_RESOURCE}: the JDK's double-byte charsets read strictly; both made by
 * {@code BinaryTablesGenerator}). Priors say how much evidence each needs: the common web mix-ups
 * are cheap, the rare ones dear. Immutable and thread-safe.
 */
final class Codecs {

    static final String SINGLE_BYTE_RESOURCE = "single-byte-pages.bin";
    static final String DOUBLE_BYTE_RESOURCE = "double-byte-pages.bin";

    /** A code page by name, and the evidence it needs. */
    record Spec(String name, float prior) {
    }

    /** The commonest wrong decoder: windows-1252 as browsers read it, with Latin-1's C1 controls too. */
    static final String WESTERN = "windows-1252";

    /**
     * Single-byte wrong decoders of UTF-8 other than windows-1252, in the order of
     * {@link Suspicion}'s decoder bits (after windows-1252, bit 0).
     */
    static final List<Spec> SINGLE_BYTE_WRONG = List.of(
            new Spec("windows-1250", 0.5f), new Spec("windows-1251", 0.5f), new Spec("iso-8859-2", 1f),
            new Spec("windows-1253", 1f), new Spec("windows-1254", 0.8f), new Spec("windows-1257", 1f),
            new Spec("koi8-r", 1f), new Spec("koi8-u", 1.2f), new Spec("macintosh", 2.5f), new Spec("ibm437", 1.5f));

    /** Double-byte wrong decoders of UTF-8, in the order of {@link Suspicion}'s double-byte bits. */
    static final List<Spec> DOUBLE_BYTE_WRONG = List.of(
            new Spec("gbk", 1.5f), new Spec("big5", 2.5f), new Spec("shift_jis", 2.5f), new Spec("euc-kr", 2.5f));

    private Codecs() {
    }

    /** The shipped single-byte tables: name to the chars of bytes 0x80..0xFF. */
    private static final class SinglePages {
        static final Map<String, char[]> HIGH = load();

        private static Map<String, char[]> load() {
            BinaryTables t = BinaryTables.open(SINGLE_BYTE_RESOURCE);
            Map<String, char[]> m = new HashMap<>();
            for (int n = t.readInt(); n > 0; n--) {
                String name = t.string();
                m.put(name, t.chars(128));
            }
            t.end();
            return m;
        }
    }

    private static char[] high(String name) {
        char[] high = SinglePages.HIGH.get(name);
        if (high == null) {
            throw new IllegalStateException("no single-byte table " + name + " in " + SINGLE_BYTE_RESOURCE);
        }
        return high;
    }

    private static Codec single(String name, float prior) {
        return Codec.singleByte(name, high(name), prior, false);
    }

    private static List<Codec> singles(List<Spec> specs) {
        List<Codec> l = new ArrayList<>();
        for (Spec s : specs) {
            l.add(single(s.name(), s.prior()));
        }
        return List.copyOf(l);
    }

    /** windows-1252 as browsers read it, and Latin-1's C1 controls too: the commonest wrong decoder. */
    static final class Western {
        static final Codec CP1252 = Codec.singleByte(WESTERN, high(WESTERN), 0f, true);
    }

    /** Single-byte wrong decoders of UTF-8 other than windows-1252. */
    static final class SingleByte {
        static final List<Codec> ALL = singles(SINGLE_BYTE_WRONG);
    }

    /** Double-byte code pages, as wrong decoders of UTF-8 and as intended decoders of legacy pages. */
    static final class DoubleByte {
        private static final Map<String, Codec> BY_NAME = load();
        static final Codec GBK = BY_NAME.get("gbk");
        static final Codec BIG5 = BY_NAME.get("big5");
        static final Codec SJIS = BY_NAME.get("shift_jis");
        static final Codec EUC_KR = BY_NAME.get("euc-kr");
        static final Codec EUC_JP = BY_NAME.get("euc-jp");
        static final List<Codec> WRONG = List.of(GBK, BIG5, SJIS, EUC_KR);
        static final List<Codec> INTENDED = List.of(GBK, BIG5, SJIS, EUC_KR, EUC_JP);

        private static Map<String, Codec> load() {
            Map<String, Float> priors = new HashMap<>();
            for (Spec s : DOUBLE_BYTE_WRONG) {
                priors.put(s.name(), s.prior());
            }
            priors.put("euc-jp", 1.5f); // an intended decoder of legacy pages only
            BinaryTables t = BinaryTables.open(DOUBLE_BYTE_RESOURCE);
            Map<String, Codec> m = new HashMap<>();
            for (int n = t.readInt(); n > 0; n--) {
                String name = t.string();
                char[] single = t.chars(256);
                char[] pair = t.chars(65536);
                Float prior = priors.get(name);
                if (prior == null) {
                    throw new IllegalStateException("no prior for double-byte table " + name);
                }
                m.put(name, Codec.doubleByte(name, single, pair, prior));
            }
            t.end();
            for (String name : priors.keySet()) {
                if (!m.containsKey(name)) {
                    throw new IllegalStateException("no double-byte table " + name + " in " + DOUBLE_BYTE_RESOURCE);
                }
            }
            return m;
        }
    }

    /** Single-byte intended code pages of legacy pages read as windows-1252. */
    static final class Legacy {
        static final List<Codec> INTENDED = List.of(
                single("windows-1251", 2.5f), single("windows-1250", 2.5f), single("windows-1253", 2.5f),
                single("windows-1254", 2.5f), single("windows-1255", 2.5f), single("windows-1256", 2.5f),
                single("windows-874", 2.5f));
        static final Codec CP1251 = single("windows-1251", 1f);
        static final Codec KOI8_R = single("koi8-r", 2f);
    }
}
