package io.textmend.mojibake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.textmend.Change;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MojibakeFixerTest {

    static final MojibakeFixer FIXER = MojibakeFixer.repairOnly();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "浣犲ソ|你好",
        "man鈥檚 best friend|man’s best friend",
        "ÄãºÃ|你好",
        "cafÃ©|café",
        "cafÃƒÂ©|café",
        "РїСЂРёРІРµС‚|привет",
        "Î•Î»Î»Î·Î½Î¹ÎºÎ¬|Ελληνικά",
        "Hi guys í\u00a0½í¸\u008d|Hi guys 😍",
    })
    void repairsTheIssueExamples(String broken, String fixed) {
        assertThat(FIXER.fixText(broken)).isEqualTo(fixed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"România", "São Paulo", "Tiếng Việt", "ĐẠI HỌC", "Ελληνικά", "Привет, мир",
        "王羲之", "ｶﾀｶﾅ", "∑ x² ≤ √y", "┌──┐ │ab│", "(╯°□°)╯︵ ┻━┻", "naïve café — “quoted”", "ÀÉÎÕÜ",
        "SÃO PAULO", "日本語のテキスト", "한국어 문장입니다"})
    void leavesGoodTextAloneAsTheSameInstance(String clean) {
        assertThat(FIXER.fixText(clean)).isSameAs(clean);
    }

    @Test
    void reportsLostBytesAsUnrecoverable() {
        FixResult r = FIXER.fix("锟斤拷");
        assertThat(r.text()).isEqualTo("\uFFFD\uFFFD");
        assertThat(r.changes()).singleElement().satisfies(c -> assertThat(c.detail()).contains("unrecoverable"));
    }

    @Test
    void leavesRunsOfReplacementCharactersAlone() {
        assertThat(FIXER.fixText("a \uFFFD\uFFFD\uFFFD b")).isEqualTo("a \uFFFD\uFFFD\uFFFD b");
    }

    @Test
    void repairsSpansInsideCleanTextAndReportsThem() {
        FixResult r = FIXER.fix("Le café et la crÃ¨me");
        assertThat(r.text()).isEqualTo("Le café et la crème");
        Change c = r.changes().get(0);
        assertThat(c.rule()).isEqualTo(FixSteps.REPAIR_ENCODING);
        assertThat("Le café et la crÃ¨me".substring(c.start(), c.end())).isEqualTo(c.before());
        assertThat(r.plan()).containsExactly(FixSteps.REPAIR_ENCODING);
    }

    @Test
    void repairsLineByLineInLongText() {
        String text = "première ligne\ndeuxiÃ¨me ligne\n\u041f\u0440\u0438\u0432\u0435\u0442\n";
        assertThat(FIXER.fixText(text)).isEqualTo("première ligne\ndeuxième ligne\nПривет\n");
    }

    @Test
    void isIdempotentAndItsPlanReplays() {
        String in = "The Mona Lisa doesnÃƒÂ¢Ã¢â€šÂ¬Ã¢â€žÂ¢t have eyebrows.";
        FixResult r = FIXER.fix(in);
        assertThat(FIXER.fixText(r.text())).isEqualTo(r.text());
        assertThat(MojibakeFixer.applyPlan("Ã©tÃ©", r.plan())).isEqualTo("été");
    }

    @Test
    void optionalStepsAreOffByDefaultAndWorkWhenAsked() {
        String in = "&quot;a&quot;\r\n\u2018b\u2019 \uFF21";
        assertThat(FIXER.fixText(in)).isEqualTo(in);
        MojibakeFixer all = new MojibakeFixer(FixOptions.forCleaning().with(FixSteps.UNCURL_QUOTES)
                .with(FixSteps.FULLWIDTH_TO_ASCII));
        assertThat(all.fixText(in)).isEqualTo("\"a\"\n'b' A");
        assertThat(all.fix(in).plan()).contains(FixSteps.UNESCAPE_HTML, FixSteps.NORMALIZE_LINE_BREAKS,
                FixSteps.UNCURL_QUOTES, FixSteps.FULLWIDTH_TO_ASCII);
    }

    @Test
    void c1ControlsBecomeWindows1252Punctuation() {
        assertThat(FIXER.fixText("\u0093quoted\u0094")).isEqualTo("“quoted”");
    }

    @Test
    void controlCharsNfcAndSurrogatesAsNamedSteps() {
        MojibakeFixer f = new MojibakeFixer(FixOptions.repairOnly().with(FixSteps.REMOVE_CONTROL_CHARS)
                .with(FixSteps.NFC).with(FixSteps.JOIN_SURROGATES));
        assertThat(f.fixText("a\u0007b e\u0301 x\uD800y")).isEqualTo("ab é x\uFFFDy");
    }

    @Test
    void unknownStepNamesFailFastNamingThem() {
        assertThatThrownBy(() -> MojibakeFixer.applyPlan("x", List.of("no_such_step")))
                .hasMessageContaining("no_such_step");
    }
}
