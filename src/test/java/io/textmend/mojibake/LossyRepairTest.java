package io.textmend.mojibake;

import static org.assertj.core.api.Assertions.assertThat;

import io.textmend.testing.Corpora;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Lossy damage: the NBSP byte of UTF-8 turned into a space, C1 controls dropped; recovered from context. */
class LossyRepairTest {

    static final MojibakeFixer FIXER = MojibakeFixer.repairOnly();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // à inside a Vietnamese word, or at the end of a French one: the line's letter model decides
        "VÃ o ngÃ y hÃ´m qua|Vào ngày hôm qua",
        "NgÃ y hÃ´m nay tÃ´i Ä‘i lÃ m|Ngày hôm nay tôi đi làm",
        "voilÃ le travail dÃ©jÃ fait|voilà le travail déjà fait",
        "Il est lÃ maintenant, Ã©tÃ©|Il est là maintenant, été",
        // the NBSP after a digit or a stop, where the line is proven garbled
        "los EE.Â UU. siguen aplicando la presiÃ³n|los EE.\u00A0UU. siguen aplicando la presión",
        "vÃ­ce neÅ¾ 40Â procent|více než 40\u00A0procent",
        // Hebrew nun is D7 A0
        "×ž×“×™× ×” ×’×“×•×œ×”|מדינה גדולה",
        // C1 controls dropped: the letter chosen by the line's letter model, the apostrophe in English
        "Die StraÃe ist grÃ¶Ãer als die GrÃ¼nde|Die Straße ist größer als die Gründe",
        "Itâs cafÃ© time|It’s café time",
        // a real â, Ä or Î beside a repaired span stays
        "sachant quâ€™elle pouvait les gêner grâce à des tactiques|sachant qu’elle pouvait les gêner grâce à des tactiques",
        "În schimb, acesta a observat cÄƒ Statele Unite|În schimb, acesta a observat că Statele Unite",
    })
    void recoversTheLostNbspByte(String broken, String fixed) {
        assertThat(FIXER.fixText(broken)).isEqualTo(fixed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"vi", "he", "es", "cs", "fr", "pt"})
    void realLinesComeBack(String lang) {
        int cases = 0;
        int exact = 0;
        for (String line : Corpora.lines(Corpora.path("multilingual-clean").resolve(lang + ".txt"))) {
            String d = Damage.utf8As(line, "windows-1252");
            if (d == null || d.indexOf('\u00A0') < 0 || cases >= 60) {
                continue;
            }
            cases++;
            exact += FIXER.fixText(d.replace('\u00A0', ' ')).equals(line) ? 1 : 0;
        }
        assertThat(cases).isGreaterThanOrEqualTo(20);
        assertThat(exact).as(lang + ": lines restored of " + cases).isGreaterThanOrEqualTo(cases * 9 / 10);
    }

    /** A repair never moves a line into a foreign script: Arabic read as Latin-1, bytes dropped, is no CJK. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Ø£Ø¹Ø±Ø¨ Ø£Ø¹Ø¶Ø§Ø¡ Ø¬ÙØ¹ÙØ© ÙÙÙØ²",
        "ÙÙØ¯ ØªÙ Ø¥Ø¹Ø¯Ø§Ø¯ ÙØ°Ø§ Ø§ÙØªØµÙÙØª Ø§ÙØ´Ø¹Ø¨Ù",
    })
    void staysInTheLinesScript(String broken) {
        String fixed = FIXER.fixText(broken);
        for (int i = 0; i < fixed.length(); i++) {
            byte script = CharClass.script(fixed.charAt(i));
            assertThat(script).as(fixed).isIn(CharClass.S_NONE, CharClass.S_LATIN, CharClass.S_ARABIC);
        }
    }

    /** C1 controls dropped throughout a line: the lost bytes are guessed jointly, from the line's language. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Paul Mills-Hicks, directeur commercial de Sainsburyâs, a annoncÃ© que lâapparence des rayons"
            + "|Paul Mills-Hicks, directeur commercial de Sainsbury’s, a annoncé que l’apparence des rayons",
        "Ð§Ð»ÐµÐ½Ñ ÐÑÑÐ°Ð¼Ð±Ð»ÐµÐ¸ Ð£ÑÐ»ÑÑÐ° Ð½Ðµ ÑÐ¾ÑÑÑ|Члены Ассамблеи Уэльса не хотят",
        // a clean letter before a repaired span stays what it is
        "Ça nous dÃ©truit.|Ça nous détruit.",
    })
    void guessesTheDroppedC1BytesOfAWholeLine(String broken, String fixed) {
        assertThat(FIXER.fixText(broken)).isEqualTo(fixed);
    }
}
