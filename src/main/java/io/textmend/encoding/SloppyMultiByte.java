package io.textmend.encoding;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Multi-byte decoding with the lenience browsers have: cp936 (GBK as Windows writes it) reads a
 * lone 0x80 as the euro sign, which the JDK's GB18030 rejects. Other unreadable bytes become
 * U+FFFD. Stateless.
 */
final class SloppyMultiByte {

    private SloppyMultiByte() {
    }

    /** The char a lone byte the charset rejects stands for, or -1. */
    static int loneByte(String charset, int b) {
        return charset.equals("gb18030") && b == 0x80 ? '\u20AC' : -1;
    }

    static String decode(String name, Charset cs, byte[] b, int off, int len) {
        CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, off, len);
        CharBuffer out = CharBuffer.allocate(len + 16);
        while (true) {
            CoderResult r = in.hasRemaining() ? d.decode(in, out, true) : CoderResult.UNDERFLOW;
            if (r.isUnderflow()) {
                d.decode(in, out, true);
                if (d.flush(out).isOverflow()) {
                    out = grow(out);
                    continue;
                }
                break;
            }
            if (r.isOverflow()) {
                out = grow(out);
                continue;
            }
            if (out.remaining() < 2) {
                out = grow(out);
            }
            int lone = r.length() == 1 ? loneByte(name, in.get(in.position()) & 0xFF) : -1;
            out.put(lone >= 0 ? (char) lone : '\uFFFD');
            in.position(in.position() + r.length());
        }
        out.flip();
        return out.toString();
    }

    private static CharBuffer grow(CharBuffer out) {
        CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
        out.flip();
        bigger.put(out);
        return bigger;
    }
}
