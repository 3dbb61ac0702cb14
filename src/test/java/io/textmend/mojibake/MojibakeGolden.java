package io.textmend.mojibake;

import io.textmend.Change;
import io.textmend.testing.Corpora;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes {@code fix}'s full result (text, every change with its detail, the plan) for a large fixed
 * set of inputs to a file, so that two builds can be compared byte for byte: a speed change must
 * not change a single output. The inputs: every line of multilingual-clean and short, every third
 * line of each main file damaged by each {@link Damage} kind that applies, the ftfy cases, the
 * damaged lines joined into multi-line texts, and seeded random strings drawn from the characters
 * mojibake is made of. Not a test; run:
 * {@code java -cp target/test-classes:target/classes:$(cat target/bench.classpath) io.textmend.mojibake.MojibakeGolden OUT}.
 */
public final class MojibakeGolden {

    private MojibakeGolden() {
    }

    public static void main(String[] args) throws IOException {
        MojibakeFixer fixer = MojibakeFixer.repairOnly();
        MojibakeFixer cleaning = new MojibakeFixer(FixOptions.forCleaning());
        List<String> inputs = inputs();
        long t0 = System.nanoTime();
        try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
            int i = 0;
            for (String in : inputs) {
                write(w, i, fixer.fix(in));
                if (i % 7 == 0) {
                    write(w, i, cleaning.fix(in));
                }
                i++;
            }
        }
        System.out.printf("%d inputs in %.1f s%n", inputs.size(), (System.nanoTime() - t0) / 1e9);
    }

    private static void write(BufferedWriter w, int i, FixResult r) throws IOException {
        w.write(i + "\t" + esc(r.text()) + "\t" + r.plan() + "\n");
        for (Change c : r.changes()) {
            w.write("  " + c.stage() + " " + c.rule() + " " + c.start() + "-" + c.end() + " " + esc(c.before()) + " -> "
                    + esc(c.after()) + " : " + c.detail() + "\n");
        }
    }

    private static String esc(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    static List<String> inputs() {
        List<String> in = new ArrayList<>();
        List<Path> files = new ArrayList<>(Corpora.multilingualFiles());
        for (Path f : files) {
            in.addAll(Corpora.lines(f));
        }
        for (Path f : Corpora.shortFiles()) {
            in.addAll(Corpora.lines(f));
        }
        List<Damage.Kind> kinds = Damage.kinds();
        for (Path f : files) {
            String lang = f.getFileName().toString().replace(".txt", "");
            List<String> lines = Corpora.lines(f);
            for (Damage.Kind k : kinds) {
                if (!k.appliesTo(lang)) {
                    continue;
                }
                StringBuilder joined = new StringBuilder();
                for (int i = 0; i < lines.size(); i += 3) {
                    String d = k.damage().apply(lines.get(i));
                    if (d != null) {
                        in.add(d);
                        if (joined.length() < 4000) {
                            joined.append(d).append('\n').append(lines.get(i)).append('\n');
                        }
                    }
                }
                in.add(joined.toString());
            }
        }
        for (FtfyCases.Case c : FtfyCases.all()) {
            in.add(c.original());
        }
        in.addAll(random(60_000));
        return in;
    }

    /** Seeded random strings from the characters mojibake is made of, with ASCII and spaces among them. */
    static List<String> random(int count) {
        StringBuilder pool = new StringBuilder();
        for (char c = 0xA0; c <= 0xFF; c++) {
            pool.append(c);
        }
        pool.append("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ\u0081\u008d\u008f\u0090\u009d\u0080\u0099\u009c");
        pool.append("ÐÑРСабвгдежзийклмнопрстуфхцчшщъыьэюяАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯёЁ");
        pool.append("鈥檚涓€浣犲ソ锟斤拷鍙戠敓鐨勪簨銆傜殑鏄槸缁撴灉縺繧繝縲繹鐢ㄦ埛鎴戜滑");
        pool.append("你好世界中国人民的是在了有和大这主中上為們個與");
        pool.append("ãƒ¼ã‚¢ã‚¤ï¼Ÿç¸ºçœŸî€€");
        pool.append("αβγδεζηθικλμνξοπρστυφχψωΑΒΓΔ╔═╗║╚╝┌─┐│└┘░▒▓█ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿");
        pool.append("ąćęłńóśźżĄĆĘŁŃŚŹŻčďěňřšťůžČĎĚŇŘŠŤŮŽőűŐŰăâîșțĂÂÎȘȚ");
        pool.append("\uFFFD\uFFFD??  \u00A0");
        String ascii = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJ 0123 .,;:!?'\"-()";
        Random r = new Random(20261201L);
        List<String> out = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            int len = 1 + r.nextInt(r.nextInt(10) == 0 ? 200 : 24);
            double asciiShare = r.nextDouble() * 0.6;
            StringBuilder sb = new StringBuilder(len);
            for (int i = 0; i < len; i++) {
                if (r.nextDouble() < asciiShare) {
                    sb.append(ascii.charAt(r.nextInt(ascii.length())));
                } else {
                    sb.append(pool.charAt(r.nextInt(pool.length())));
                }
            }
            if (r.nextInt(5) == 0) {
                // a real mojibake word inside
                String word = switch (r.nextInt(4)) {
                    case 0 -> Damage.utf8As("café déjà vu – “ok”", "windows-1252");
                    case 1 -> Damage.utf8As("Привет мир", "windows-1251");
                    case 2 -> Damage.utf8AsJdk("你好，世界", "x-mswin-936");
                    default -> Damage.utf8As("naïve résumé", "macintosh");
                };
                sb.insert(r.nextInt(sb.length() + 1), word == null ? "" : word);
            }
            out.add(sb.toString());
        }
        return out;
    }
}
