package io.textmend.mojibake;

import static org.assertj.core.api.Assertions.assertThat;

import io.textmend.testing.Corpora;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A legacy single-byte page read as another ({@link LegacyPage}): real corpus lines, damaged,
 * come back; text in languages the letter models were not counted from stays as it is.
 */
class LegacyPageTest {

    static final MojibakeFixer FIXER = MojibakeFixer.repairOnly();

    /** Lines of a corpus file that the legacy page can encode and that the damage changes. */
    static List<String[]> damagedLines(String lang, String intended, String wrong, int max) {
        List<String[]> out = new ArrayList<>();
        for (String line : Corpora.lines(Corpora.path("multilingual-clean").resolve(lang + ".txt"))) {
            String d = Damage.legacy(line, intended, wrong);
            if (d != null && out.size() < max) {
                out.add(new String[] {line, d});
            }
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource({
        "ru, windows-1251, windows-1252", "uk, windows-1251, windows-1252", "bg, windows-1251, windows-1252",
        "pl, windows-1250, windows-1252", "cs, windows-1250, windows-1252",
        "el, windows-1253, windows-1252", "tr, windows-1254, windows-1252", "he, windows-1255, windows-1252",
        "ar, windows-1256, windows-1252", "th, x-windows-874, windows-1252",
        "ru, KOI8-R, windows-1251"})
    void realLinesComeBackAndTheRepairIsReported(String lang, String intended, String wrong) {
        List<String[]> cases = damagedLines(lang, intended, wrong, 40);
        assertThat(cases).hasSizeGreaterThanOrEqualTo(20);
        int exact = 0;
        for (String[] c : cases) {
            FixResult r = FIXER.fix(c[1]);
            if (r.text().equals(c[0])) {
                exact++;
                assertThat(r.changes()).allSatisfy(ch -> assertThat(ch.detail()).contains(" read as "));
                assertThat(FIXER.fixText(r.text())).as("idempotent").isEqualTo(r.text());
            }
        }
        assertThat(exact).as(lang + " " + intended + " as " + wrong + ": lines restored of " + cases.size())
                .isGreaterThanOrEqualTo(cases.size() * 9 / 10);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Ïðèâåò|Привет",
        "ÏÐÈÂÅÒ|ПРИВЕТ",
        "Ìîñêâà|Москва",
        "Pan Merriweather øíká, že ho u Sv. Martina nikdo nenahradil.|Pan Merriweather říká, že ho u Sv. Martina nikdo nenahradil.",
        "Eleþtirilere tahammülsüzlük göstermemelidir.|Eleştirilere tahammülsüzlük göstermemelidir.",
        "рТЙЧЕФ, НЙТ|Привет, мир",
    })
    void repairsShortExamples(String broken, String fixed) {
        assertThat(FIXER.fixText(broken)).isEqualTo(fixed);
    }

    /**
     * Languages with no letter model whose letters windows-1252 holds (Icelandic, Faroese,
     * Danish, Norwegian, Catalan, Welsh, Albanian, Finnish), and all-caps accents: all unchanged.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "Það er gott að búa á Íslandi, þar sem fólkið er vingjarnlegt og náttúran falleg.",
        "Þórður og Sigurður fóru til Reykjavíkur á föstudaginn.",
        "Fjölmiðlar greindu frá því að ríkisstjórnin hefði samþykkt frumvarpið.",
        "Føroyar eru ein oyggjaflokkur í Norðuratlantshavi.",
        "Søren Kierkegaard blev født i København i 1813 og døde der i 1855.",
        "Jeg har ikke sett på været i dag, men det blir nok fint i morgen.",
        "Blåbærsyltetøj og rødgrød med fløde er gode danske retter.",
        "L'Ajuntament de Barcelona ha aprovat el pressupost per a l'any vinent.",
        "Mae'r tywydd yn braf heddiw ac rydw i'n mynd i'r traeth gyda fy nheulu.",
        "Shqipëria është një vend i vogël në Ballkanin perëndimor.",
        "Hyvää päivää, mitä kuuluu? Kiitos hyvää, entä sinulle?",
        "ÀÉÎÕÜ", "ÉTÉ ÀÇORES", "SÃO PAULO", "MÜNCHEN ÜBER ALLES", "ÎLE-DE-FRANCE", "ÅÄÖ", "Æðelstan",
        "Øresund", "4288×…", "£25 or ¥3000 or 10¢"})
    void leavesOtherLanguagesAlone(String clean) {
        assertThat(FIXER.fixText(clean)).isSameAs(clean);
    }
}
