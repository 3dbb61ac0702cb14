package io.textmend.boilerplate;

import static org.assertj.core.api.Assertions.assertThat;

import io.textmend.testing.Corpora;
import java.lang.Character.UnicodeScript;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptsAndLanguageTest {

    @Test
    void chineseAndJapaneseCountWordsByCharacterKoreanBySpaces() {
        assertThat(Scripts.wordCount("北京时间今天上午")).isEqualTo(8);
        assertThat(Scripts.wordCount("東京で会議が開かれた")).isEqualTo(10);
        assertThat(Scripts.wordCount("화산이 멕시코 시티에 재를 내뿜다")).isEqualTo(5);
        // joined by apostrophe, hyphen or dot a word stays one; "2,500" is two
        assertThat(Scripts.wordCount("It's a well-known U.S. fact, 2,500 troops.")).isEqualTo(8);
    }

    @Test
    void kanaFoldsIntoHanButHangulStaysItself() {
        assertThat(Scripts.dominant("これはテストです")).isEqualTo(UnicodeScript.HAN);
        assertThat(Scripts.dominant("이것은 시험입니다")).isEqualTo(UnicodeScript.HANGUL);
        assertThat(Scripts.dominant("12:30 — !")).isEqualTo(UnicodeScript.COMMON);
    }

    @Test
    void detectsEveryShippedLanguageFromItsCorpusText() {
        for (Language l : Language.all()) {
            Path f = Corpora.path("multilingual-clean").resolve(l.code() + ".txt");
            String sample = String.join("\n", Corpora.lines(f).subList(40, 60));
            assertThat(Language.detect(Scripts.dominant(sample), sample).code()).as(l.code()).isEqualTo(l.code());
        }
        assertThat(Language.all()).extracting(Language::code).contains("en", "zh-Hans", "zh-Hant", "ja", "ko", "ru", "uk",
                "de", "fr", "es", "pt", "it", "pl", "tr", "ar");
    }

    @Test
    void stopwordShareTellsProseFromMenus() {
        Language en = Language.all().stream().filter(l -> l.code().equals("en")).findFirst().orElseThrow();
        assertThat(en.share("The council voted on Tuesday to close the old bridge to cars.")).isGreaterThan(0.3);
        assertThat(en.share("News Sport Weather Business Culture")).isZero();
    }

    @Test
    void phrasesMatchWholeBlocksPrefixesSuffixesAndInnerParts() {
        assertThat(Phrases.globMatches(new String[] {"get the ", " app"}, "get the example app")).isTrue();
        assertThat(Phrases.globMatches(new String[] {"get the ", " app"}, "get the app")).isFalse();
        assertThat(Phrases.globMatches(new String[] {"", "top stories"}, "ctvnews.ca top stories")).isTrue();
        assertThat(Phrases.globMatches(new String[] {"a", "b", "c"}, "axbxc")).isTrue();
        assertThat(Phrases.globMatches(new String[] {"a", "b", "c"}, "axc")).isFalse();
        Phrases nav = Phrases.load("navigation");
        assertThat(nav.matches(TextDocument.normalize("Skip to main content"))).isTrue();
        assertThat(nav.matches(TextDocument.normalize("Zum Inhalt springen"))).isTrue();
        assertThat(nav.matches(TextDocument.normalize("The council voted"))).isFalse();
    }

    @Test
    void documentFeaturesAreComputedPerBlock() {
        TextDocument d = TextDocument.ofPlainText(String.join("\n", List.of("Home | News | Sport",
                "The council voted on Tuesday to close the old bridge to cars after engineers found cracks.",
                "The council voted on Tuesday to close the old bridge to cars after engineers found cracks.")));
        assertThat(d.separators(0)).isEqualTo(2);
        assertThat(d.isProse(0)).isFalse();
        assertThat(d.isProse(1)).isTrue();
        assertThat(d.repeats(1)).isEqualTo(2);
        assertThat(d.language().code()).isEqualTo("en");
        assertThat(d.bodyStart()).isEqualTo(1);
        assertThat(d.titleCase(0)).isEqualTo(1.0);
    }
}
