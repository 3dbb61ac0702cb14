package io.textmend.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.textmend.TextMend;
import io.textmend.encoding.CodePages;
import java.nio.charset.Charset;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Case folding must not depend on the default locale: under Turkish, "I".toLowerCase() is a
 * dotless ı, which breaks naive lookups of "ISO-8859-1" or "SKIP TO MAIN CONTENT".
 */
class LocaleIndependenceTest {

    private static Locale saved;

    @BeforeAll
    static void turkish() {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
    }

    @AfterAll
    static void restore() {
        Locale.setDefault(saved);
    }

    @Test
    void charsetNamesFoldTheSameUnderTurkish() {
        assertThat(CodePages.canonicalName("ISO-8859-1")).isEqualTo("windows-1252");
        assertThat(CodePages.jdkCharset("WINDOWS-1251")).contains(Charset.forName("windows-1251"));
        assertThat(CodePages.singleByte("IBM866")).isPresent();
    }

    @Test
    void declaredCharsetInCapitalsIsHonouredUnderTurkish() {
        byte[] page = "<html><head><META CHARSET=\"WINDOWS-1251\"></head><body><p>\u00cf\u00f0\u00e8\u00e2\u00e5\u00f2</p></body></html>"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(TextMend.decode(page).text()).contains("Привет");
    }

    @Test
    void boilerplatePhrasesMatchCapitalsUnderTurkish() {
        String page = "SKIP TO MAIN CONTENT\n\nThe minister said the plan would go ahead in spring, despite the objections.\n";
        assertThat(TextMend.strip(page)).doesNotContain("SKIP").contains("minister");
    }
}
