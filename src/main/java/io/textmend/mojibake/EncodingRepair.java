package io.textmend.mojibake;

import io.textmend.Change;
import io.textmend.encoding.CodePages;
import io.textmend.encoding.SingleByteCodePage;
import io.textmend.encoding.Utf8;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Undoes UTF-8 that was decoded with the wrong charset. For each candidate wrong decoder, each
 * maximal run of non-ASCII characters it can encode is turned back into bytes; when those bytes
 * are well-formed UTF-8 and the result is more plausible than the run, the run is replaced.
 */
final class EncodingRepair implements FixStep {

    private static final String[] SINGLE_BYTE = {"windows-1252", "iso-8859-1", "windows-1250", "windows-1251",
        "macintosh"};
    private static final Charset GBK = Charset.forName("x-mswin-936");

    @Override
    public String name() {
        return FixSteps.REPAIR_ENCODING;
    }

    @Override
    public String apply(String text, List<Change> changes) {
        if (!Suspicion.anySuspicious(text)) {
            return text;
        }
        String current = text;
        for (String cpName : SINGLE_BYTE) {
            SingleByteCodePage cp = CodePages.singleByte(cpName).orElseThrow();
            current = repairSingleByte(current, cp, changes);
        }
        current = repairGbk(current, changes);
        return current;
    }

    private String repairSingleByte(String text, SingleByteCodePage cp, List<Change> changes) {
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c < 0x80 || cp.encode(c) < 0) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && text.charAt(i) >= 0x80 && cp.encode(text.charAt(i)) >= 0) {
                i++;
            }
            if (i - start < 2) {
                continue;
            }
            byte[] bytes = new byte[i - start];
            for (int k = start; k < i; k++) {
                bytes[k - start] = (byte) cp.encode(text.charAt(k));
            }
            if (!Utf8.isValid(bytes)) {
                continue;
            }
            String fixed = new String(bytes, StandardCharsets.UTF_8);
            String run = text.substring(start, i);
            if (!Plausibility.better(fixed, run)) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n);
            }
            out.append(text, copied, start).append(fixed);
            changes.add(new Change("mojibake", name(), start, i, run, fixed, "utf-8 read as " + cp.name()));
            copied = i;
        }
        if (out == null) {
            return text;
        }
        return out.append(text, copied, n).toString();
    }

    private String repairGbk(String text, List<Change> changes) {
        CharsetEncoder enc = GBK.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c < 0x80 || !isGbkMojibakeChar(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && text.charAt(i) >= 0x80 && isGbkMojibakeChar(text.charAt(i))) {
                i++;
            }
            byte[] bytes;
            try {
                ByteBuffer bb = enc.reset().encode(CharBuffer.wrap(text, start, i));
                bytes = new byte[bb.remaining()];
                bb.get(bytes);
            } catch (CharacterCodingException e) {
                continue;
            }
            if (bytes.length < 3 || !Utf8.isValid(bytes)) {
                continue;
            }
            String fixed = new String(bytes, StandardCharsets.UTF_8);
            String run = text.substring(start, i);
            if (!Plausibility.betterThanGbk(fixed, run)) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n);
            }
            out.append(text, copied, start).append(fixed);
            changes.add(new Change("mojibake", name(), start, i, run, fixed, "utf-8 read as gbk"));
            copied = i;
        }
        if (out == null) {
            return text;
        }
        return out.append(text, copied, n).toString();
    }

    private static boolean isGbkMojibakeChar(char c) {
        return c >= 0x4E00 && c <= 0x9FFF || c >= 0x3000 && c <= 0x30FF || c >= 0xFF00 && c <= 0xFFEF
                || c == '\u20AC' || c >= 0x2000 && c <= 0x206F;
    }
}
