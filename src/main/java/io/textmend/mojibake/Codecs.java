package io.textmend.mojibake;

import io.textmend.encoding.CodePages;
import java.util.List;

/**
 * The code pages the repair considers, each built once on first use (the double-byte tables
 * cost some milliseconds). Priors say how much evidence each needs: the common web mix-ups are
 * cheap, the rare ones dear. Immutable and thread-safe.
 */
final class Codecs {

    private Codecs() {
    }

    private static Codec single(String name, float prior) {
        return Codec.singleByte(CodePages.singleByte(name).orElseThrow(), prior, false);
    }

    /** windows-1252 as browsers read it, and Latin-1's C1 controls too: the commonest wrong decoder. */
    static final class Western {
        static final Codec CP1252 = Codec.singleByte(CodePages.singleByte("windows-1252").orElseThrow(), 0f, true);
    }

    /** Single-byte wrong decoders of UTF-8 other than windows-1252. */
    static final class SingleByte {
        static final List<Codec> ALL = List.of(
                single("windows-1250", 0.5f), single("windows-1251", 0.5f), single("iso-8859-2", 1f),
                single("windows-1253", 1f), single("windows-1254", 0.8f), single("windows-1257", 1f),
                single("koi8-r", 1f), single("koi8-u", 1.2f), single("macintosh", 2.5f), single("ibm437", 1.5f));
    }

    /** Double-byte code pages, as wrong decoders of UTF-8 and as intended decoders of legacy pages. */
    static final class DoubleByte {
        static final Codec GBK = Codec.doubleByte("gbk", "x-mswin-936", 1.5f);
        static final Codec BIG5 = Codec.doubleByte("big5", "x-windows-950", 2.5f);
        static final Codec SJIS = Codec.doubleByte("shift_jis", "windows-31j", 2.5f);
        static final Codec EUC_KR = Codec.doubleByte("euc-kr", "x-windows-949", 2.5f);
        static final Codec EUC_JP = Codec.doubleByte("euc-jp", "EUC-JP", 1.5f);
        static final List<Codec> WRONG = List.of(GBK, BIG5, SJIS, EUC_KR);
        static final List<Codec> INTENDED = List.of(GBK, BIG5, SJIS, EUC_KR, EUC_JP);
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
