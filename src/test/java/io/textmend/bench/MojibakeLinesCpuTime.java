package io.textmend.bench;

import io.textmend.mojibake.MojibakeFixer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
/**
 * Mojibake repair timed in CPU time of the fixing thread (a shared machine still gives a per-core
 * figure): clean lines (the first 40 of every multilingual-clean file), accented Western lines
 * (200 each of fr, pt, pt-BR, es, it, de, sv, et, nl), the clean lines as UTF-8 read as
 * windows-1252, and 200 Russian lines as windows-1251 read as windows-1252. Two seconds of warm-up,
 * then {@code args[0]} CPU seconds each (default 4). Run from the project root:
 * {@code java -cp target/test-classes:target/classes io.textmend.bench.MojibakeLinesCpuTime 4}.
 */
public final class MojibakeLinesCpuTime {

    private MojibakeLinesCpuTime() {
    }

  public static void main(String[] a) throws Exception {
    List<String> clean = new ArrayList<>();
    List<String> latin = new ArrayList<>();
    try (var s = Files.list(Path.of("test-fixtures/corpora/multilingual-clean"))) {
      for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        List<String> l = Files.readAllLines(f, StandardCharsets.UTF_8);
        clean.addAll(l.subList(0, Math.min(40, l.size())));
        String n = f.getFileName().toString();
        if (List.of("fr.txt","pt.txt","pt-BR.txt","es.txt","it.txt","de.txt","sv.txt","et.txt","nl.txt").contains(n)) latin.addAll(l.subList(0, Math.min(200, l.size())));
      }
    }
    List<String> moj = new ArrayList<>();
    List<String> cyr = new ArrayList<>();
    for (String c : clean) { moj.add(new String(c.getBytes(StandardCharsets.UTF_8), "windows-1252")); }
    for (String c : Files.readAllLines(Path.of("test-fixtures/corpora/multilingual-clean/ru.txt"))) { if (cyr.size() < 200) { cyr.add(new String(c.getBytes("windows-1251"), "windows-1252")); } }
    MojibakeFixer f = MojibakeFixer.repairOnly();
    ThreadMXBean t = ManagementFactory.getThreadMXBean();
    for (Object[] s : new Object[][]{{"clean", clean}, {"latin-accented", latin}, {"mojibake", moj}, {"cp1251-as-1252", cyr}}) {
      @SuppressWarnings("unchecked") List<String> lines = (List<String>) s[1];
      long bytes = 0; for (String l : lines) bytes += l.getBytes(StandardCharsets.UTF_8).length;
      double secs = a.length > 0 ? Double.parseDouble(a[0]) : 4;
      long sink = 0;
      for (long end = System.nanoTime() + 2_000_000_000L; System.nanoTime() < end;) for (String l : lines) sink += f.fixText(l).length();
      long c0 = t.getCurrentThreadCpuTime(); long rounds = 0;
      while (t.getCurrentThreadCpuTime() - c0 < secs * 1e9) { for (String l : lines) sink += f.fixText(l).length(); rounds++; }
      double cpu = (t.getCurrentThreadCpuTime() - c0) / 1e9;
      System.out.printf(Locale.ROOT, "%-16s %8d bytes  %4d rounds  %.1f MB/s (CPU time)  %d%n", s[0], bytes, rounds, rounds * bytes / cpu / 1e6, sink % 7);
    }
  }
}
