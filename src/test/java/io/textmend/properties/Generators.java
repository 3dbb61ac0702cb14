package io.textmend.properties;

import io.textmend.testing.Corpora;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded generators of hostile and corpus-derived input. */
final class Generators {

    private static final String[] ALPHABETS = {
        "abcdefghij ABC.,!?\n\t",
        "ÃÂâ€™œ“”•–—˜™šž€ƒ‚„…†‡ˆ‰‹›Ÿ¡¢£¤¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿ÀÁÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ ",
        "鈥檚浣犲ソ涓€锟斤拷銆傘€佲€溾€濓紝鈥?� 縺繧九°",
        "\u0080\u0081\u008d\u008f\u0090\u009d\u0093\u0094\u0085\u00a0 \ufffd\ufeff\u200b",
        "Ð¿Ñ€Ð¸Ð²ÐµÑ‚ Ïðèâåò ÄãºÃ Ã©tÃ©",
        "<p><div class=\"a\"></div></p><br>&amp;&#x2019;&lt;",
        "привет 你好 こんにちは 안녕하세요 مرحبا שלום สวัสดี Γειά",
    };

    private Generators() {
    }

    /** A random string of {@code len} chars drawn from one or two of the alphabets above. */
    static String hostileString(Random r, int len) {
        String a = ALPHABETS[r.nextInt(ALPHABETS.length)];
        String b = ALPHABETS[r.nextInt(ALPHABETS.length)];
        StringBuilder sb = new StringBuilder(len);
        for (int i = 0; i < len; i++) {
            String src = r.nextInt(4) == 0 ? b : a;
            sb.append(src.charAt(r.nextInt(src.length())));
        }
        return sb.toString();
    }

    static byte[] randomBytes(Random r, int len) {
        byte[] b = new byte[len];
        r.nextBytes(b);
        return b;
    }

    /** Random lines of the clean multilingual corpus. */
    static List<String> corpusLines(Random r, int count) {
        List<Path> files = Corpora.multilingualFiles();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<String> lines = Corpora.lines(files.get(r.nextInt(files.size())));
            out.add(lines.get(r.nextInt(lines.size())));
        }
        return out;
    }

    /** A corpus line's UTF-8 bytes read back as windows-1252 (with undefined bytes kept), i.e. mojibake. */
    static String asCp1252Mojibake(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder();
        Charset cp = Charset.forName("windows-1252");
        for (byte x : b) {
            String c = new String(new byte[] {x}, cp);
            sb.append(c.equals("\ufffd") ? (char) (x & 0xFF) : c.charAt(0));
        }
        return sb.toString();
    }
}
