package io.textmend.bench;

import io.textmend.mojibake.MojibakeFixer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * JVM start to first fix: how long after the JVM started the first {@code fix} of a few damaged
 * lines returns (JVM uptime, so class loading and every table the repair builds are included), and
 * the CPU time of the main thread spent in that first fix. The lines touch every family (UTF-8 read
 * as windows-1252, as windows-1251 and as GBK, a windows-1251 page read as windows-1252, KOI8-R
 * read as windows-1251), so every table is loaded. With argument {@code classes}, also the CPU time
 * of initialising each table-holding class on its own, in dependency order, before the fix. Run
 * in a fresh JVM each time:
 * {@code java -cp target/test-classes:target/classes io.textmend.bench.MojibakeStartup [classes]}.
 */
public final class MojibakeStartup {

    private MojibakeStartup() {
    }

    private static final String[] TABLE_CLASSES = {
        "io.textmend.mojibake.CharClass",
        "io.textmend.mojibake.Codecs$Western", "io.textmend.mojibake.Codecs$SingleByte",
        "io.textmend.mojibake.Codecs$DoubleByte", "io.textmend.mojibake.Codecs$Legacy",
        "io.textmend.mojibake.Suspicion", "io.textmend.mojibake.LetterModel", "io.textmend.mojibake.LetterModel$Holder",
        "io.textmend.mojibake.LegacyPage", "io.textmend.mojibake.LegacyPage$Holder", "io.textmend.mojibake.Layers$Holder",
        "io.textmend.mojibake.C1Controls", "io.textmend.mojibake.HtmlEntities",
        "io.textmend.mojibake.Plausibility", "io.textmend.mojibake.Utf8Misread", "io.textmend.mojibake.EncodingRepair",
    };

    public static void main(String[] args) throws Exception {
        long atMain = ManagementFactory.getRuntimeMXBean().getUptime();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long cpu0 = mx.getCurrentThreadCpuTime();
        if (args.length > 0 && args[0].equals("classes")) {
            for (String name : TABLE_CLASSES) {
                long c0 = mx.getCurrentThreadCpuTime();
                try {
                    Class.forName(name, true, MojibakeStartup.class.getClassLoader());
                } catch (ClassNotFoundException e) {
                    System.out.println(name + ": absent");
                    continue;
                }
                System.out.printf(Locale.ROOT, "  init %-40s %6.1f ms CPU%n", name.substring(name.lastIndexOf('.') + 1),
                        (mx.getCurrentThreadCpuTime() - c0) / 1e6);
            }
        }
        String line = "Москва — столица России, café, 中文字符";
        List<String> lines = List.of(
                misread(line, "windows-1252"),
                misread("Москва — столица России и крупнейший город", "windows-1251"),
                misread("中文字符的编码问题很常见", "GBK"),
                new String("Москва — столица России и крупнейший город".getBytes("windows-1251"), "windows-1252"),
                new String("Москва — столица России".getBytes("KOI8-R"), "windows-1251"));
        MojibakeFixer fixer = MojibakeFixer.repairOnly();
        int changed = 0;
        for (String l : lines) {
            if (!fixer.fixText(l).equals(l)) {
                changed++;
            }
        }
        long cpu = mx.getCurrentThreadCpuTime() - cpu0;
        long done = ManagementFactory.getRuntimeMXBean().getUptime();
        System.out.printf(Locale.ROOT,
                "JVM start to main %d ms; to first fix done %d ms; main thread CPU in the first fix %.0f ms; %d/%d lines repaired%n",
                atMain, done, cpu / 1e6, changed, lines.size());
    }

    private static String misread(String s, String charset) {
        return new String(s.getBytes(StandardCharsets.UTF_8), Charset.forName(charset));
    }
}
