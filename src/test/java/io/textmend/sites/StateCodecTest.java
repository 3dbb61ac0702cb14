package io.textmend.sites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateCodecTest {

    @TempDir
    Path dir;

    /**
     * A site learned under tiny bounds has every case the encoding knows: pruned lines (delta),
     * keys beyond the page-key cap and next hashes of pruned lines (both written in full),
     * saturated key sets, mixed zones, lines with no next line. All of it survives the JSON.
     */
    @Test
    void everyKindOfEntryRoundTrips() throws IOException {
        SiteOptions tiny = SiteOptions.defaults().withMaxLinesPerSite(32).withMaxPageKeys(6);
        SiteLearner l = new SiteLearner(tiny);
        Random rnd = new Random(1);
        for (int i = 0; i < 300; i++) {
            StringBuilder b = new StringBuilder();
            if (rnd.nextInt(4) > 0) {
                b.append("Site menu | Home | News\n");
            }
            for (int j = 0; j < 6; j++) {
                b.append("Body line ").append((char) ('a' + rnd.nextInt(12))).append((char) ('a' + rnd.nextInt(12)))
                        .append(j == 0 ? " of story " + (char) ('a' + i % 26) + (char) ('a' + i / 26) : "").append('\n');
            }
            b.append(rnd.nextBoolean() ? "Footer links\n" : "Site menu | Home | News\n");
            l.add("tiny.example", b.toString());
        }
        l.add("tiny.example", "Site menu | Home | News\nBody line aa\nBody line ab\nA fresh last line\n");
        SiteProfile p = l.profile("tiny.example");
        long[] pageKeys = p.pageKeys();
        assertThat(p.floor()).isPositive();
        assertThat(p.overflowPages()).isPositive();
        assertThat(p.lines()).anyMatch(e -> e.delta() > 0);
        assertThat(p.lines()).anyMatch(e -> e.keysArray().length == 0 && e.pages() > 0);
        assertThat(p.lines()).anyMatch(e -> Arrays.stream(e.keysArray()).anyMatch(k -> !contains(pageKeys, k)));
        assertThat(p.lines()).anyMatch(e -> Arrays.stream(e.nextArray()).anyMatch(n -> p.line(n) == null));
        assertThat(p.lines()).anyMatch(e -> e.header() > 0 && e.footer() > 0);
        assertThat(p.lines()).anyMatch(e -> e.nextPages() != e.pages());
        assertThat(p.lines()).anyMatch(e -> e.nextArray().length > 1);

        SiteProfile back = ProfileJson.fromJson(ProfileJson.toJson(p, tiny));
        assertThat(back).isEqualTo(p);
        assertThat(back.lines()).containsExactlyElementsOf(p.lines());
    }

    @Test
    void largeCountsAndEmptyProfilesRoundTrip() throws IOException {
        long big = Long.MAX_VALUE / 3;
        LineEntry e = new LineEntry(0x8000000000000001L, big, big - 1, big - 7, 3, 4, new long[0],
                new long[] {-1L}, big - 9, "Huge");
        SiteProfile p = new SiteProfile("big.example", big, 0, 0, new long[] {-2L, 5L}, List.of(e));
        assertThat(ProfileJson.fromJson(ProfileJson.toJson(p))).isEqualTo(p);
        SiteProfile none = new SiteProfile("empty.example", 0, 0, 0, new long[0], List.of());
        assertThat(ProfileJson.fromJson(ProfileJson.toJson(none))).isEqualTo(none);
    }

    /** A line seen once costs its hash, a few bytes and its sample. */
    @Test
    void aLineSeenOnceTakesFewBytes() throws IOException {
        long[] keys = {10L, 20L, 30L};
        LineEntry a = new LineEntry(0x1111L, 1, 0, 0, 1, 0, new long[] {20L}, new long[] {0x2222L}, 1, "Menü");
        LineEntry b = new LineEntry(0x2222L, 1, 0, 0, 1, 0, new long[] {20L}, new long[0], 0, null);
        byte[] bytes = StateCodec.encode(keys, List.of(a, b));
        // 1 + 3 x 8 page keys, 1 + 2 x 8 hashes, then a: tag, key, next; b: tag, key, next count,
        // next pages; a's sample (length, 5 bytes of UTF-8) and b's none come before the records
        assertThat(bytes).hasSize(1 + 24 + 1 + 16 + 3 + 4 + 1 + 5 + 1);
        StateCodec.State st = StateCodec.decode(bytes, true);
        assertThat(st.lines()).containsExactly(a, b);
        assertThatThrownBy(() -> StateCodec.decode(bytes, false)).isInstanceOf(IOException.class);
    }

    /** Samples are cut to 32 bytes of UTF-8 on whole characters, and before a lone surrogate. */
    @Test
    void samplesAreCutByUtf8BytesOnWholeCharacters() {
        String ascii = "a".repeat(40);
        assertThat(LineStat.sampleLength(ascii, 0, 40)).isEqualTo(32);
        assertThat(LineStat.sampleLength(ascii, 5, 10)).isEqualTo(10);
        String han = "汉".repeat(20);
        assertThat(LineStat.sampleLength(han, 0, 20)).isEqualTo(10);
        String emoji = "ab" + "😀".repeat(10);
        assertThat(LineStat.sampleLength(emoji, 0, emoji.length())).isEqualTo(2 + 2 * 7);
        assertThat(LineStat.sampleLength("xy\uD800z", 0, 4)).isEqualTo(2);
        assertThat(LineStat.sampleLength("xy\uDC00z", 0, 4)).isEqualTo(2);
        assertThat(LineStat.sampleLength("xy😀", 0, 3)).as("a pair cut by the line's end").isEqualTo(2);
        SiteLearner l = new SiteLearner();
        l.add("s", "Привет, это довольно длинная строка меню\n");
        assertThat(l.profile("s").lines().get(0).sample()).isEqualTo("Привет, это довол");
    }

    @Test
    void malformedStatesFailWithAMessage() throws IOException {
        assertThat(error(state(b -> { }))).contains("ends too early");
        assertThat(error("[\"@@@@\"]")).contains("not base64");
        assertThat(error(state(b -> {
            varint(b, 0);
            varint(b, 1);
            u64(b, 7);
        }))).contains("ends too early");
        assertThat(error(state(b -> {
            varint(b, 0);
            varint(b, 1);
            u64(b, 7);
            complete(b);
            b.write(0);
        }))).contains("after the last line");
        assertThat(error(state(b -> {
            varint(b, 0);
            varint(b, 2);
            u64(b, 9);
            u64(b, 7);
        }))).contains("ascending");
        assertThat(error(state(b -> {
            varint(b, 0);
            varint(b, 1);
            u64(b, 7);
            b.write(0x80);
        }))).contains("unknown tag bit");
        assertThat(error(state(b -> {
            varint(b, 1);
            u64(b, 3);
            varint(b, 1);
            u64(b, 7);
            b.write(BODY_ONE_PAGE);
            varint(b, 1);
            varint(b, 2); // page key number 1 of a table of 1
        }))).contains("beyond a table of 1");
        assertThat(error(state(b -> {
            varint(b, 0);
            varint(b, 1);
            u64(b, 7);
            b.write(BODY_ONE_PAGE);
            varint(b, 99);
        }))).contains("99 content keys");
        assertThat(error(state(b -> {
            varint(b, 0);
            varint(b, 1);
            u64(b, 7);
            complete(b);
        }) + ", \"samples\" : {\"0000000000000008\" : \"x\"}")).contains("not in the state");
        assertThat(error(3, state(b -> {
            varint(b, 0);
            varint(b, 1);
            u64(b, 7);
        }))).contains("ends too early");
        assertThat(error(3, state(b -> {
            varint(b, 0);
            varint(b, 1);
            u64(b, 7);
            varint(b, 5);
            b.write('a');
        }))).contains("sample of line 0000000000000007 ends after the state");
        assertThat(error(3, state(b -> {
            varint(b, 0);
            varint(b, 1);
            u64(b, 7);
            varint(b, 3);
            b.write(0xc3);
            b.write('a');
            complete(b);
        }))).contains("sample of line 0000000000000007 is not UTF-8");
        assertThat(error(3, state(b -> {
            varint(b, 0);
            varint(b, 1);
            u64(b, 7);
            varint(b, 0);
            complete(b);
            b.write(0);
        }))).contains("after the last line");
    }

    @Test
    void versionsAndMissingStateAreNamed() throws IOException {
        Path f = dir.resolve("x.site.json");
        Files.writeString(f, "{\"format\":\"textmend-site-profile\",\"version\":4,\"site\":\"x\",\"state\":[\"AA==\"]}",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ProfileStore.read(f)).isInstanceOf(IOException.class)
                .hasMessageContaining("x.site.json").hasMessageContaining("version 4")
                .hasMessageContaining("reads versions 1 to 3");
        Files.writeString(f, "{\"format\":\"textmend-site-profile\",\"version\":2,\"site\":\"x\"}", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ProfileStore.read(f)).hasMessageContaining("x.site.json")
                .hasMessageContaining("without \"state\"");
    }

    /** Tag: all in the body, one page, no delta, next_pages = pages; key and next counts follow. */
    private static final int BODY_ONE_PAGE = 0x01 | 0x04 | 0x08 | 0x40;

    /** A whole record: that tag, no keys (saturated), no next hash. */
    private static void complete(ByteArrayOutputStream b) {
        b.write(BODY_ONE_PAGE);
        varint(b, 0);
        varint(b, 0);
    }

    private static String error(String stateJson) {
        return error(2, stateJson);
    }

    private static String error(int version, String stateJson) {
        String json = "{\"format\":\"textmend-site-profile\",\"version\":" + version
                + ",\"site\":\"x\",\"state\":" + stateJson + "}";
        try {
            ProfileJson.fromJson(json);
        } catch (IOException e) {
            return e.getMessage();
        }
        throw new AssertionError("read without error: " + json);
    }

    private interface Bytes {
        void write(ByteArrayOutputStream b);
    }

    private static String state(Bytes f) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        f.write(b);
        return "[\"" + Base64.getEncoder().encodeToString(b.toByteArray()) + "\"]";
    }

    private static void varint(ByteArrayOutputStream b, long v) {
        while ((v & ~0x7fL) != 0) {
            b.write((int) (v & 0x7f) | 0x80);
            v >>>= 7;
        }
        b.write((int) v);
    }

    private static void u64(ByteArrayOutputStream b, long v) {
        for (int s = 56; s >= 0; s -= 8) {
            b.write((int) (v >>> s) & 0xff);
        }
    }

    private static boolean contains(long[] sorted, long v) {
        for (long k : sorted) {
            if (k == v) {
                return true;
            }
        }
        return false;
    }
}
