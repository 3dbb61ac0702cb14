package io.textmend.sites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileStoreTest {

    @TempDir
    Path dir;

    @Test
    void fileNamesAreSafeAndDistinctEvenOnCaseInsensitiveFileSystems() {
        List<String> sites = List.of("example.com", "Example.com", "../etc/passwd", "a/b", "[::1]", "ñandú.example",
                ".hidden", "con", "a%2Fb", "x".repeat(300), "x".repeat(301), "");
        Set<String> folded = new HashSet<>();
        for (String s : sites) {
            String f = ProfileStore.fileName(s);
            assertThat(f).matches("[a-z0-9._%~A-F-]+\\.site\\.json").doesNotStartWith(".").hasSizeLessThanOrEqualTo(130);
            assertThat(folded.add(f.toLowerCase(java.util.Locale.ROOT))).as(s).isTrue();
        }
        assertThat(ProfileStore.fileName("example.com")).isEqualTo("example.com.site.json");
    }

    @Test
    void writesOneFilePerSiteAndReadsThemBack() throws IOException {
        SiteLearner l = new SiteLearner();
        for (int i = 0; i < 5; i++) {
            l.add("news.example", "Menu | Home\nStory number " + i + " is about " + (char) ('a' + i) + "\n");
            l.add("Ünïcode/Dir", "Menu | Home\nOther " + (char) ('k' + i) + "\n");
        }
        ProfileStore.writeAll(dir, l.profiles().values());
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("%C3%9Cn%C3%AFcode%2F%44ir.site.json", "news.example.site.json");
        }
        assertThat(ProfileStore.readAll(dir)).containsExactlyInAnyOrderElementsOf(l.profiles().values());
    }

    @Test
    void malformedProfilesFailWithTheFileName() throws IOException {
        Path bad = dir.resolve("bad.site.json");
        Files.writeString(bad, "{\"format\":\"something-else\",\"version\":1}", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ProfileStore.readAll(dir)).isInstanceOf(IOException.class)
                .hasMessageContaining("bad.site.json").hasMessageContaining("not a textmend site profile");
        Files.writeString(bad, "{\"format\":\"textmend-site-profile\",\"version\":99,\"site\":\"x\"}",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ProfileStore.read(bad)).hasMessageContaining("version 99");
        Files.writeString(bad, "{\"format\":\"textmend-site-profile\",\"version\":1,\"site\":\"x\",\"page_keys\":\"12\"}",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ProfileStore.read(bad)).hasMessageContaining("multiple of 16");
        String head = "{\"format\":\"textmend-site-profile\",\"version\":1,\"site\":\"x\",\"lines\":[";
        Files.writeString(bad, head + "{\"hash\":\"00000000000000ab\",\"sample\":\"a\"}, 7]}", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ProfileStore.read(bad)).hasMessageContaining("expected END_ARRAY");
        Files.writeString(bad, head + "{\"sample\":\"a\",\"pages\":2}]}", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ProfileStore.read(bad)).hasMessageContaining("hash");
        Files.writeString(bad, head + "{\"hash\":\"zz\",\"sample\":\"a\"}]}", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ProfileStore.read(bad)).isInstanceOf(IOException.class);
        Files.writeString(bad, head + "{\"hash\":\"00000000000000ab\",\"sample\":\"a\",\"pages\":-1}]}",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ProfileStore.read(bad)).hasMessageContaining("negative");
    }
}
