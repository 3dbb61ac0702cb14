package io.textmend.encoding;

import java.util.ArrayList;
import java.util.List;

/**
 * The charsets statistical detection weighs, each with a prior that says how common it is on
 * web pages (natural log; 0 for the most common). Charsets that only add bytes to a narrower one
 * stand for it: windows-1252 for ISO-8859-1, windows-1254 for ISO-8859-9, windows-874 for TIS-620,
 * gb18030 for GB2312 and GBK. Built once; immutable and thread-safe.
 */
final class Candidates {

    private Candidates() {
    }

    private static final class Holder {
        static final List<Candidate> ALL = build();
    }

    /** Every candidate for bytes that are not UTF-8, single-byte and multi-byte. */
    static List<Candidate> all() {
        return Holder.ALL;
    }

    private static List<Candidate> build() {
        List<Candidate> c = new ArrayList<>();
        c.add(Candidate.singleByte("windows-1252", 0));
        c.add(Candidate.multiByte("gb18030", 0, "GBK"));
        c.add(Candidate.multiByte("shift_jis", 0));
        c.add(Candidate.multiByte("euc-kr", 0));
        c.add(Candidate.multiByte("big5", 0));
        c.add(Candidate.singleByte("windows-1251", 0));
        c.add(Candidate.multiByte("euc-jp", -0.5));
        for (String n : new String[] {"windows-1250", "windows-1253", "windows-1254", "windows-1255", "windows-1256",
            "windows-1257", "windows-1258", "windows-874"}) {
            c.add(Candidate.singleByte(n, -0.5));
        }
        c.add(Candidate.singleByte("iso-8859-2", -1));
        c.add(Candidate.singleByte("iso-8859-15", -1));
        c.add(Candidate.singleByte("koi8-r", -1));
        for (String n : new String[] {"iso-8859-3", "iso-8859-4", "iso-8859-5", "iso-8859-6", "iso-8859-7",
            "iso-8859-8", "iso-8859-10", "iso-8859-13", "iso-8859-14", "iso-8859-16", "koi8-u", "ibm866"}) {
            c.add(Candidate.singleByte(n, -1.5));
        }
        for (String n : new String[] {"macintosh", "mac-centraleurope", "mac-cyrillic", "ibm852", "ibm855", "ibm862",
            "ibm865", "cp737"}) {
            c.add(Candidate.singleByte(n, -2.5));
        }
        for (String n : new String[] {"viscii", "georgian-academy", "georgian-ps"}) {
            c.add(Candidate.singleByte(n, -3));
        }
        c.add(Candidate.multiByte("euc-tw", -3));
        c.add(Candidate.multiByte("johab", -3));
        return List.copyOf(c);
    }
}
