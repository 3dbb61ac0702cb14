package io.textmend.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SiteTemplatesTest {

    @Test
    void normalisationFoldsCaseDigitsAndWhitespace() {
        assertEquals("updated 0 may 0 0:0", SiteTemplates.normalise("  Updated  3 May 2024\t09:15 "));
        assertEquals(SiteTemplates.normalise("Updated 3 May 2024 09:15"),
                SiteTemplates.normalise("UPDATED 28 may 2023 17:02"));
        assertEquals("", SiteTemplates.normalise(" \t\u00a0 "));
        assertNotEquals(SiteTemplates.normalise("Updated 3 May"), SiteTemplates.normalise("Updated 3 June"));
    }

    @Test
    void normalisationFoldsCaseUnderTheTurkishLocaleToo() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr"));
            assertEquals("title", SiteTemplates.normalise("TITLE"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void siteKeyIsTheHostWithoutWww() {
        assertEquals("news.example.com", SiteTemplates.siteKey("https://www.News.Example.com/a?b=1"));
        assertEquals("", SiteTemplates.siteKey(null));
        assertEquals("", SiteTemplates.siteKey("not a url"));
        assertEquals("", SiteTemplates.siteKey("urn:uuid:1234"));
    }

    @Test
    void removalDropsTemplateLinesAndKeepsTheTextShape() {
        long[] hashes = {SiteTemplates.hash(SiteTemplates.normalise("The Courier since 1911")),
            SiteTemplates.hash(SiteTemplates.normalise("Updated 3 May 2024"))};
        Arrays.sort(hashes);
        String text = "The Courier since 1911\n\nFirst paragraph.\n\nUpdated 9 May 2025\n\nSecond paragraph.\n";
        SiteTemplates.Removal r = SiteTemplates.remove(text, hashes);
        assertEquals("First paragraph.\n\nSecond paragraph.\n", r.text());
        assertEquals(2, r.removed());
    }

    @Test
    void removalLeavesATextWithoutTemplateLinesIdentical() {
        long[] hashes = {SiteTemplates.hash(SiteTemplates.normalise("Menu"))};
        String text = "First paragraph.\n\n\nSecond  paragraph.\n";
        assertSame(text, SiteTemplates.remove(text, hashes).text());
        assertEquals(0, SiteTemplates.remove(text, hashes).removed());
        assertSame(text, SiteTemplates.remove(text, null).text());
    }

    @Test
    void removingEveryLineLeavesAnEmptyText() {
        long[] hashes = {SiteTemplates.hash(SiteTemplates.normalise("Menu"))};
        assertEquals("", SiteTemplates.remove("Menu\n", hashes).text());
    }

    @Test
    void thresholdsAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> new SiteTemplates.Thresholds(0, 3));
        assertThrows(IllegalArgumentException.class, () -> new SiteTemplates.Thresholds(1.5, 3));
        assertThrows(IllegalArgumentException.class, () -> new SiteTemplates.Thresholds(0.3, 1));
        assertEquals(new SiteTemplates.Thresholds(0.3, 3), SiteTemplates.Thresholds.defaults());
    }
}
