package io.textmend.bench;

import io.textmend.encoding.CodePages;
import io.textmend.encoding.EncodingDetector;
import io.textmend.encoding.SingleByteCodePage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Decoding speed on one thread. One operation decodes a whole corpus; divide its size (printed at
 * setup) by the time per operation for MB/s.
 * <ul>
 *   <li>{@code mixed}: the held-out second half of every file of multilingual-clean, once in UTF-8
 *       and once in the customary legacy charset of its language (lines it cannot write skipped);</li>
 *   <li>{@code utf8}: only the UTF-8 half of that (the fast path);</li>
 *   <li>{@code legacy}: only the legacy half (statistical detection on every document);</li>
 *   <li>{@code smallFiles}: the 158 short files of charset-detection.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EncodingBenchmark {

    /** The legacy charset pages in each language were most often saved in (benchmark data only). */
    private static final Map<String, String> CUSTOMARY = Map.ofEntries(
            Map.entry("ru", "windows-1251"), Map.entry("uk", "windows-1251"), Map.entry("bg", "windows-1251"),
            Map.entry("sr-Cyrl", "windows-1251"), Map.entry("be", "windows-1251"), Map.entry("kk", "windows-1251"),
            Map.entry("ja", "shift_jis"), Map.entry("zh-Hans", "GBK"), Map.entry("zh-Hant", "big5"),
            Map.entry("yue", "big5"), Map.entry("ko", "euc-kr"), Map.entry("el", "windows-1253"),
            Map.entry("he", "windows-1255"), Map.entry("ar", "windows-1256"), Map.entry("fa", "windows-1256"),
            Map.entry("ur", "windows-1256"), Map.entry("th", "windows-874"), Map.entry("tr", "windows-1254"),
            Map.entry("pl", "windows-1250"), Map.entry("cs", "windows-1250"), Map.entry("hu", "windows-1250"),
            Map.entry("ro", "windows-1250"), Map.entry("sk", "windows-1250"), Map.entry("hr", "windows-1250"),
            Map.entry("sl", "windows-1250"), Map.entry("lt", "windows-1257"), Map.entry("lv", "windows-1257"),
            Map.entry("et", "windows-1257"), Map.entry("en", "windows-1252"), Map.entry("de", "windows-1252"),
            Map.entry("fr", "windows-1252"), Map.entry("es", "windows-1252"), Map.entry("pt", "windows-1252"),
            Map.entry("pt-BR", "windows-1252"), Map.entry("it", "windows-1252"), Map.entry("nl", "windows-1252"),
            Map.entry("sv", "windows-1252"));

    private final EncodingDetector detector = EncodingDetector.defaults();
    private List<byte[]> utf8;
    private List<byte[]> legacy;
    private List<byte[]> mixed;
    private List<byte[]> small;

    @Setup
    public void load() throws IOException {
        utf8 = new ArrayList<>();
        legacy = new ArrayList<>();
        Path dir = Path.of("test-fixtures/corpora/multilingual-clean");
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String lang = f.getFileName().toString().replace(".txt", "");
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                List<String> held = lines.subList(lines.size() / 2, lines.size());
                utf8.add(String.join("\n", held).getBytes(StandardCharsets.UTF_8));
                String cs = CUSTOMARY.get(lang);
                if (cs != null) {
                    List<String> fit = held.stream().filter(l -> encode(l, cs).isPresent()).toList();
                    legacy.add(encode(String.join("\n", fit), cs).orElseThrow());
                }
            }
        }
        mixed = new ArrayList<>(utf8);
        mixed.addAll(legacy);
        small = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Path.of("test-fixtures/corpora/charset-detection/data"))) {
            for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                small.add(Files.readAllBytes(f));
            }
        }
        System.err.printf("corpus bytes: mixed %d (%d files), utf8 %d, legacy %d, smallFiles %d (%d files)%n",
                size(mixed), mixed.size(), size(utf8), size(legacy), size(small), small.size());
    }

    /** A corpus by its benchmark name, after {@link #load()}. */
    List<byte[]> corpus(String name) {
        return switch (name) {
            case "mixed" -> mixed;
            case "utf8" -> utf8;
            case "legacy" -> legacy;
            case "smallFiles" -> small;
            default -> throw new IllegalArgumentException("no corpus " + name);
        };
    }

    private static long size(List<byte[]> l) {
        return l.stream().mapToLong(b -> b.length).sum();
    }

    static Optional<byte[]> encode(String text, String cs) {
        Optional<SingleByteCodePage> sb = CodePages.singleByte(cs);
        if (sb.isPresent()) {
            byte[] out = new byte[text.length()];
            for (int i = 0; i < text.length(); i++) {
                int b = sb.get().encode(text.charAt(i));
                if (b < 0) {
                    return Optional.empty();
                }
                out[i] = (byte) b;
            }
            return Optional.of(out);
        }
        CharsetEncoder e = Charset.forName(cs.equals("shift_jis") ? "windows-31j" : cs).newEncoder()
                .onUnmappableCharacter(CodingErrorAction.REPORT).onMalformedInput(CodingErrorAction.REPORT);
        try {
            ByteBuffer bb = e.encode(CharBuffer.wrap(text));
            return Optional.of(Arrays.copyOf(bb.array(), bb.limit()));
        } catch (CharacterCodingException ex) {
            return Optional.empty();
        }
    }

    private void decodeAll(List<byte[]> corpus, Blackhole bh) {
        for (byte[] b : corpus) {
            bh.consume(detector.decode(b));
        }
    }

    @Benchmark
    public void mixed(Blackhole bh) {
        decodeAll(mixed, bh);
    }

    @Benchmark
    public void utf8(Blackhole bh) {
        decodeAll(utf8, bh);
    }

    @Benchmark
    public void legacy(Blackhole bh) {
        decodeAll(legacy, bh);
    }

    @Benchmark
    public void smallFiles(Blackhole bh) {
        decodeAll(small, bh);
    }
}
