package io.textmend.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8DecodeTest {

    private static final String[] PIECES = {"a", "<p class=\"x\">", "abcdefghijklmnop", " ", "é", "ß", "\u00ff",
        "\u0100", "ж", "\u20ac", "\u4e2d\u6587", "\uffff", "\ud83d\ude00", "\ud800\udc00", "\udbff\udfff", "\n"};

    @Test
    void decodesValidBytesAsTheJdkDoes() {
        Random r = new Random(7);
        for (int t = 0; t < 20000; t++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(60);
            for (int k = 0; k < n; k++) {
                sb.append(PIECES[r.nextInt(r.nextBoolean() ? 4 : PIECES.length)]);
            }
            byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
            assertEquals(true, Utf8.isValid(b));
            assertEquals(new String(b, StandardCharsets.UTF_8), Utf8.decodeValid(b));
        }
        assertEquals("", Utf8.decodeValid(new byte[0]));
    }
}
