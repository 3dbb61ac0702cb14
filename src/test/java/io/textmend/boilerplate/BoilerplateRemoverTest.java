package io.textmend.boilerplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.textmend.Change;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BoilerplateRemoverTest {

    static final String P1 = "The council voted on Tuesday to close the old bridge to cars after engineers found cracks in two of its supports.";
    static final String P2 = "Officials said the bridge would stay open to people on foot while the engineers decide whether the supports can be repaired.";
    static final String P3 = "The repairs could take most of next year, and the council has asked the regional government to help pay for the work.";
    static final String P4 = "Drivers will be sent over the ring road, which the council says adds about ten minutes to a trip across the town centre.";

    /** A page dump with a blank line between blocks; {@link #lines} writes them on consecutive lines. */
    static String page(String... lines) {
        return String.join("\n\n", lines) + "\n";
    }

    static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    static String kept(String... lines) {
        return String.join("\n\n", lines) + "\n";
    }

    static String strip(String text) {
        return BoilerplateRemover.defaults().strip(text).text();
    }

    @Test
    void keepsTitleDatelineAndEveryBodyParagraph() {
        String in = page("Skip to content", "Home | News | Sport | Weather", "Bridge closed to cars after cracks found",
                "12 October 2019", "Share", "Facebook Twitter Email", P1, P2, "Advertisement", P3, P4,
                "© 2019 The Example Times. All rights reserved.", "Privacy policy");
        assertThat(strip(in)).isEqualTo(kept("Bridge closed to cars after cracks found", "12 October 2019", P1, P2, P3, P4));
    }

    @Test
    void keptLinesThatWereConsecutiveStayConsecutive() {
        String in = lines("Skip to content", "Bridge closed to cars after cracks found", "12 October 2019", "Share",
                P1, P2, "Advertisement", P3, P4, "© 2019 The Example Times. All rights reserved.");
        // where nothing was removed the line structure is the input's; where something was, a blank line
        assertThat(strip(in)).isEqualTo("Bridge closed to cars after cracks found\n12 October 2019\n\n"
                + P1 + "\n" + P2 + "\n\n" + P3 + "\n" + P4 + "\n");
    }

    @Test
    void anArticleWithoutChromeIsLeftAsItIs() {
        // no menu, share bar or footer: the filters that find the body by shape alone stay off,
        // so a list and a closing line survive
        String in = lines("Bridge closed to cars after cracks found", P1, "Closed streets:", "Main Street",
                "Bridge Road", "Quay Lane", P2, P3, "Contact: desk@example.org");
        assertThat(strip(in)).isEqualTo(in);
        assertThat(strip(strip(in))).isEqualTo(in);
    }

    @Test
    void keepsAShortQuoteBetweenBodyParagraphs() {
        String in = page("Bridge closed to cars after cracks found", P1, P2, "\"It is simply not safe,\" she said.", P3, P4);
        assertThat(strip(in)).contains("\"It is simply not safe,\" she said.");
    }

    @Test
    void removesAShortLineInAForeignScriptAtTheTop() {
        StripResult r = BoilerplateRemover.defaults().strip(page("麻豆影视", "Bridge closed to cars", P1, P2, P3));
        assertThat(r.text()).doesNotContain("麻豆影视");
        assertThat(r.changes()).anySatisfy(c -> {
            assertThat(c.rule()).isEqualTo("injected_spam");
            assertThat(c.before()).isEqualTo("麻豆影视");
        });
    }

    @Test
    void keepsACaptionOnceWhetherDoubledInALineOrRepeated() {
        String cap = "Engineers inspect the supports of the old bridge on Monday. (Photo: Jane Doe)";
        assertThat(strip(page("Bridge closed", cap + " " + cap, P1, P2, P3))).isEqualTo(kept("Bridge closed", cap, P1, P2, P3));
        assertThat(strip(page("Bridge closed", cap, cap, P1, P2, P3))).isEqualTo(kept("Bridge closed", cap, P1, P2, P3));
    }

    @Test
    void relatedHeaderDropsTheTeasersThatFollowToTheEnd() {
        String t1 = "A baker in the north of the country has won a prize for the best rye loaf for the third year running.";
        String t2 = "Heavy snow closed schools across the region on Friday, and more is expected over the weekend.";
        String in = page("Bridge closed", P1, P2, P3, "Most read", t1, "More from News", t2);
        assertThat(strip(in)).isEqualTo(kept("Bridge closed", P1, P2, P3));
    }

    @Test
    void aTeaserWithLettersOutsideTheBmpDoesNotHang() {
        // Topic.terms once stopped on the high surrogate of 𝐁 without moving on: strip never returned
        String teaser = "𝐁𝐫𝐞𝐚𝐤𝐢𝐧𝐠: a baker in the north of the country has won a prize for the best rye loaf again.";
        String in = page("Bridge closed", P1, P2, P3, "Most read", teaser);
        String out = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5), () -> strip(in));
        assertThat(out).isEqualTo(kept("Bridge closed", P1, P2, P3));
    }

    @Test
    void theArticleResumesAfterABoxOfHeadlines() {
        String in = page("Bridge closed to cars after cracks in the supports", P1, P2, "Related stories",
                "Baker wins rye prize again", "Snow closes schools across the region", P3, P4);
        assertThat(strip(in)).isEqualTo(kept("Bridge closed to cars after cracks in the supports", P1, P2, P3, P4));
    }

    @Test
    void aCopyrightLineAfterTheBodyStartsTheFooter() {
        String in = page("Bridge closed", P1, P2, P3, P4, "Copyright 2019 Example Media", "12 Harbour Street, Portland",
                "A long line about the company that owns the site and where it is registered for tax purposes.");
        assertThat(strip(in)).isEqualTo(kept("Bridge closed", P1, P2, P3, P4));
    }

    @Test
    void removesPromptsInOtherLanguages() {
        String de1 = "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke für Autos zu sperren, nachdem Ingenieure Risse gefunden hatten.";
        String de2 = "Fußgänger dürfen die Brücke weiter benutzen, während die Ingenieure prüfen, ob die Pfeiler repariert werden können.";
        String in = page("Zum Inhalt springen", "Brücke für Autos gesperrt", de1, "Lesen Sie auch: Bäcker gewinnt Preis", de2,
                "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.", "Alle akzeptieren", "Impressum");
        assertThat(strip(in)).isEqualTo(kept("Brücke für Autos gesperrt", de1, de2));
    }

    @Test
    void conservativeKeepsWhatItIsNotSureOf() {
        String in = page("Bridge closed", P1, P2, "Most read", "A baker wins a prize", "Privacy policy");
        String out = new BoilerplateRemover(StripOptions.conservative()).strip(in).text();
        assertThat(out).contains("Most read", "A baker wins a prize", "Privacy policy");
    }

    @Test
    void everyRemovalIsAChangeOfTheBoilerplateStageNamingItsFilter() {
        StripResult r = BoilerplateRemover.defaults().strip(page("Skip to content", "Bridge closed", P1, P2, "Share"));
        assertThat(r.removedBlocks()).isEqualTo(2);
        assertThat(r.changes()).extracting(Change::stage).containsOnly("boilerplate");
        assertThat(r.changes()).extracting(Change::rule).containsExactly("navigation", "share_bar");
        assertThat(r.changes()).allSatisfy(c -> assertThat(c.after()).isEmpty());
    }

    @Test
    void emptyAndBlankTextGiveEmptyText() {
        assertThat(strip("")).isEmpty();
        assertThat(strip(" \n\n \t\n")).isEmpty();
        assertThat(strip("Share\nPrint\n")).isEmpty();
    }

    @Test
    void presetsAreNamedAndUnknownOnesFailNamingTheValidOnes() {
        assertThat(StripOptions.preset("conservative").filters()).hasSizeLessThan(StripOptions.defaults().filters().size());
        assertThat(StripOptions.aggressive().filters()).containsAll(StripOptions.defaults().filters());
        assertThatThrownBy(() -> StripOptions.preset("strict")).hasMessageContaining("conservative, default or aggressive");
        assertThatThrownBy(() -> new StripOptions("x", List.of("no_such_filter"))).hasMessageContaining("no_such_filter");
    }

    @Test
    void pathologicalLinesStripInLinearTime() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            sb.append("| > · ").append(i % 7 == 0 ? "read more: " : "x ");
        }
        String line = sb.toString();
        String in = page(line, line + ".", "a".repeat(200_000), "*".repeat(100_000));
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> BoilerplateRemover.defaults().strip(in));
    }

    @Test
    void resultsDoNotDependOnTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        String in = page("SKIP TO MAIN CONTENT", "İstanbul'da köprü trafiğe kapandı", "PAYLAŞ",
                "Belediye meclisi salı günü, mühendislerin iki ayakta çatlak bulmasının ardından eski köprüyü araçlara kapatma kararı aldı.",
                "Yetkililer, mühendisler ayakların onarılıp onarılamayacağına karar verirken köprünün yayalara açık kalacağını söyledi.");
        String root = strip(in);
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThat(strip(in)).isEqualTo(root);
            assertThat(BoilerplateFixturesTest.score(BoilerplateRemover.defaults(), false).f1())
                    .isGreaterThanOrEqualTo(BoilerplateFixturesTest.MIN_F1);
        } finally {
            Locale.setDefault(saved);
        }
        assertThat(root).doesNotContain("SKIP TO MAIN CONTENT", "PAYLAŞ");
    }
}
