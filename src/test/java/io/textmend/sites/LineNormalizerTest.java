package io.textmend.sites;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LineNormalizerTest {

    @Test
    void foldsCaseDigitsDatesPunctuationAndSpaces() {
        assertThat(LineNormalizer.normalize("  Updated 3 HOURS ago ")).isEqualTo("updated 0 ago");
        assertThat(LineNormalizer.normalize("Updated 25 minutes ago")).isEqualTo("updated 0 ago");
        assertThat(LineNormalizer.normalize("© 2024 Planet News. All rights reserved."))
                .isEqualTo(LineNormalizer.normalize("© 2019 Planet\tNews — all rights RESERVED"));
        assertThat(LineNormalizer.normalize("Monday, 3 March 2024")).isEqualTo("0");
        assertThat(LineNormalizer.normalize("Montag, 3. März 2024")).isEqualTo("0");
        assertThat(LineNormalizer.normalize("2024年3月3日")).isEqualTo("0");
        assertThat(LineNormalizer.normalize("Page 3 of 12")).isEqualTo("page 0 of 0");
        assertThat(LineNormalizer.normalize("٣ مارس")).startsWith("0");
    }

    @Test
    void blankLinesHashToBlank() {
        assertThat(LineNormalizer.hash("   ")).isEqualTo(LineNormalizer.BLANK);
        assertThat(LineNormalizer.hash(" | · — ")).isEqualTo(LineNormalizer.BLANK);
        assertThat(LineNormalizer.hash("a")).isNotEqualTo(LineNormalizer.BLANK);
    }

    @Test
    void keepsDifferentWordsApart() {
        assertThat(LineNormalizer.hash("Home | World")).isNotEqualTo(LineNormalizer.hash("Home | Sport"));
        assertThat(LineNormalizer.hash("ab c")).isNotEqualTo(LineNormalizer.hash("a bc"));
        assertThat(LineNormalizer.hash("Related articles")).isEqualTo(LineNormalizer.hash("RELATED  ARTICLES:"));
    }

    @Test
    void hashesARegionLikeTheWholeString() {
        String s = "xx Sign in · Subscribe yy";
        assertThat(LineNormalizer.hash(s, 3, s.length() - 3)).isEqualTo(LineNormalizer.hash("Sign in · Subscribe"));
    }

    @Test
    void foldingDoesNotDependOnTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        String[] lines = {"TITLE İSTANBUL ıI", "Updated 3 hours ago", "ΣΟΦΙΑ"};
        long[] before = new long[lines.length];
        for (int i = 0; i < lines.length; i++) {
            before[i] = LineNormalizer.hash(lines[i]);
        }
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            for (int i = 0; i < lines.length; i++) {
                assertThat(LineNormalizer.hash(lines[i])).isEqualTo(before[i]);
            }
        } finally {
            Locale.setDefault(saved);
        }
    }
}
