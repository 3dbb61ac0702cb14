package io.textmend.encoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.textmend.Change;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class EncodingDetectorTest {

    private static final EncodingDetector DETECTOR = EncodingDetector.defaults();

    private static byte[] bytes(String s, String charset) {
        return s.getBytes(Charset.forName(charset));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void bomWinsOverEverything() {
        byte[] b = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes("<meta charset=\"koi8-r\">é", "UTF-8"));
        DecodedText d = new EncodingDetector(EncodingOptions.defaults().withGivenCharset("windows-1251")).decode(b);
        assertThat(d.source()).isEqualTo(DecodeSource.BOM);
        assertThat(d.text()).isEqualTo("<meta charset=\"koi8-r\">é");
    }

    @Test
    void utf16And32WithAndWithoutBom() {
        String s = "Grüße aus Köln, 東京";
        assertThat(DETECTOR.decode(bytes(s, "UTF-16")).text()).isEqualTo(s);
        assertThat(DETECTOR.decode(concat(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, bytes(s, "UTF-32LE"))).text())
                .isEqualTo(s);
        assertThat(DETECTOR.decode(bytes(s, "UTF-16LE")).charset()).isEqualTo("utf-16le");
        assertThat(DETECTOR.decode(bytes("Grüße aus Köln, und noch mehr Text", "UTF-32BE")).charset())
                .isEqualTo("utf-32be");
        String ja = "日本語の文章はひらがなとカタカナと漢字で書かれています。";
        DecodedText d = DETECTOR.decode(bytes(ja, "UTF-16BE"));
        assertThat(d.text()).isEqualTo(ja);
        assertThat(d.charset()).isEqualTo("utf-16be");
    }

    @Test
    void callersCharsetIsUsedAsGiven() {
        byte[] b = bytes("Привет, мир", "KOI8-R");
        DecodedText d = new EncodingDetector(EncodingOptions.defaults().withGivenCharset("koi8-r")).decode(b);
        assertThat(d.source()).isEqualTo(DecodeSource.GIVEN);
        assertThat(d.text()).isEqualTo("Привет, мир");
    }

    @Test
    void declarationThatTheBytesSupportIsHonoured() {
        String page = "<html><head><meta charset=\"windows-1250\"></head><body>Žluťoučký kůň úpěl ďábelské ódy.</body>";
        DecodedText d = DETECTOR.decode(bytes(page, "windows-1250"));
        assertThat(d.source()).isEqualTo(DecodeSource.DECLARED);
        assertThat(d.charset()).isEqualTo("windows-1250");
        assertThat(d.text()).isEqualTo(page);
    }

    @Test
    void httpHeaderDeclarationComesFirst() {
        String page = "<meta charset=\"iso-8859-5\">Съешь же ещё этих мягких французских булок, да выпей чаю.";
        DecodedText d = DETECTOR.decode(bytes(page, "windows-1251"), "text/html; charset=windows-1251");
        assertThat(d.source()).isEqualTo(DecodeSource.DECLARED);
        assertThat(d.text()).isEqualTo(page);
    }

    @Test
    void lyingUtf8DeclarationIsOverruledByTheBytes() {
        String page = "<meta charset=\"utf-8\"><p>Съешь же ещё этих мягких французских булок, да выпей же чаю.</p>";
        DecodedText d = DETECTOR.decode(bytes(page, "windows-1251"));
        assertThat(d.source()).isEqualTo(DecodeSource.DETECTED);
        assertThat(d.charset()).isEqualTo("windows-1251");
        assertThat(d.text()).isEqualTo(page);
    }

    @Test
    void lyingLegacyDeclarationIsOverruledByTheBytes() {
        String page = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
                + "Съешь же ещё этих мягких французских булок, да выпей же чаю. В чащах юга жил бы цитрус?";
        DecodedText d = DETECTOR.decode(bytes(page, "KOI8-R"));
        assertThat(d.charset()).isEqualTo("koi8-r");
        assertThat(d.text()).isEqualTo(page);
    }

    @Test
    void utf8DeclaredOnLegacyBytesIsNotTrusted() {
        String page = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><t>Ça coûte très cher, déjà à Noël.</t>";
        DecodedText d = DETECTOR.decode(bytes(page, "windows-1252"));
        assertThat(d.text()).isEqualTo(page);
        assertThat(d.charset()).isEqualTo("windows-1252");
    }

    @Test
    void validUtf8TakesTheFastPathAndAsciiIsReportedAsUtf8() {
        assertThat(DETECTOR.decode(bytes("naïve café", "UTF-8")).charset()).isEqualTo("utf-8");
        DecodedText ascii = DETECTOR.decode(bytes("plain text", "US-ASCII"));
        assertThat(ascii.charset()).isEqualTo("utf-8");
        assertThat(ascii.confidence()).isEqualTo(1.0);
    }

    @Test
    void shortTitlesInLegacyCharsetsAreDecided() {
        String[][] cases = {
            {"Новости дня: курс рубля упал", "windows-1251"},
            {"Новости дня: курс рубля упал", "KOI8-R"},
            {"Ελληνικά νέα της ημέρας", "windows-1253"},
            {"今日のニュースと天気予報", "Shift_JIS"},
            {"今日のニュースと天気予報", "EUC-JP"},
            {"今天的新闻和天气预报", "GBK"},
            {"今天的新聞和天氣預報", "Big5"},
            {"오늘의 뉴스와 날씨", "EUC-KR"},
            {"Zażółć gęślą jaźń — wiadomości", "windows-1250"},
            {"Çok güzel bir gün, değil mi?", "windows-1254"},
            {"חדשות היום ומזג האוויר", "windows-1255"},
            {"أخبار اليوم والطقس", "windows-1256"},
            {"ข่าววันนี้และสภาพอากาศ", "x-windows-874"},
        };
        for (String[] c : cases) {
            byte[] b = bytes(c[0], c[1]);
            assertThat(b.length).isLessThan(70);
            assertThat(DETECTOR.decode(b).text()).as(c[1]).isEqualTo(c[0]);
        }
    }

    @Test
    void equivalentCharsetsAreReportedByTheMostGeneralName() {
        assertThat(DETECTOR.decode(bytes("今天的新闻和天气预报，北京市的天气很好。", "GB2312")).charset()).isEqualTo("gb18030");
        assertThat(DETECTOR.decode(bytes("Le café est très bon à Noël.", "ISO-8859-1")).charset())
                .isEqualTo("windows-1252");
        assertThat(CodePages.canonicalName("GBK")).isEqualTo("gb18030");
        assertThat(CodePages.canonicalName("ISO-8859-1")).isEqualTo("windows-1252");
        assertThat(CodePages.canonicalName("US-ASCII")).isEqualTo("utf-8");
    }

    @Test
    void iso2022IsRecognisedByItsEscapes() {
        String ja = "日本語のテキストです。";
        DecodedText d = DETECTOR.decode(bytes(ja, "ISO-2022-JP"));
        assertThat(d.charset()).isEqualTo("iso-2022-jp");
        assertThat(d.text()).isEqualTo(ja);
    }

    @Test
    void utf8WithAWindows1252FragmentKeepsTheUtf8AndReportsTheSpan() {
        byte[] b = concat(bytes("Überschrift — ", "UTF-8"), bytes("Ça coûte très cher", "windows-1252"),
                bytes(" und weiter: Grüße.", "UTF-8"));
        DecodedText d = DETECTOR.decode(b);
        assertThat(d.text()).isEqualTo("Überschrift — Ça coûte très cher und weiter: Grüße.");
        assertThat(d.charset()).isEqualTo("utf-8");
        assertThat(d.spans()).isNotEmpty().allSatisfy(c -> assertThat(c.rule()).isEqualTo("mixed_encoding"));
        Change first = d.spans().get(0);
        assertThat(d.text().substring(first.start(), first.end())).isEqualTo(first.after());
    }

    @Test
    void utf8WithAGbkFragmentDecodesTheFragmentAsGbk() {
        String before = "Título — página en español, con acentos: ¿qué tal? Aquí está la cita en chino: ";
        String after = " — ¡adiós, señor! Última línea.";
        byte[] b = concat(bytes(before, "UTF-8"), bytes("北京市今天的天气预报很好", "GBK"), bytes(after, "UTF-8"));
        DecodedText d = DETECTOR.decode(b);
        assertThat(d.text()).isEqualTo(before + "北京市今天的天气预报很好" + after);
        assertThat(d.spans()).hasSize(1);
        assertThat(d.spans().get(0).detail()).contains("gb18030");
    }

    @Test
    void mixedRepairCanBeTurnedOff() {
        byte[] b = concat(bytes("Überschrift — Grüße — ", "UTF-8"), bytes("très", "windows-1252"));
        DecodedText d = new EncodingDetector(EncodingOptions.defaults().withRepairMixed(false)).decode(b);
        assertThat(d.spans()).isEmpty();
    }

    @Test
    void sloppyCodePagesKeepUndefinedBytes() {
        SingleByteCodePage cp = CodePages.singleByte("windows-1252").orElseThrow();
        assertThat(cp.decode(new byte[] {(byte) 0x81, (byte) 0x8D, (byte) 0x80})).isEqualTo("\u0081\u008D€");
        assertThat(cp.encode('\u0081')).isEqualTo(0x81);
        assertThat(CodePages.decode("cp936", new byte[] {(byte) 0x80, 'a', (byte) 0xC4, (byte) 0xE3}).orElseThrow())
                .isEqualTo("€a你");
        assertThat(CodePages.decode("viscii", new byte[] {(byte) 0xE0}).orElseThrow()).isEqualTo("à");
        assertThat(Charset.isSupported("sloppy-windows-1252")).isFalse();
    }

    @Test
    void binaryInputIsRefusedWithAClearMessage() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
        assertThatThrownBy(() -> DETECTOR.decode(png)).isInstanceOf(BinaryInputException.class)
                .hasMessageContaining("PNG");
        byte[] nul = concat(bytes("some text", "UTF-8"), new byte[] {0, 1, 2, 0, (byte) 0xFF, 0, 3}, bytes("more", "UTF-8"));
        assertThatThrownBy(() -> DETECTOR.decode(nul)).isInstanceOf(BinaryInputException.class)
                .hasMessageContaining("NUL");
        DecodedText allowed = new EncodingDetector(EncodingOptions.defaults().withRefuseBinary(false)).decode(nul);
        assertThat(allowed.text()).startsWith("some text");
    }

    @Test
    void gzipInputIsInflatedTransparently() throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(raw)) {
            gz.write(bytes("Grüße", "UTF-8"));
        }
        byte[] inflated = Gzip.maybeInflate(raw.toByteArray(), 1000);
        assertThat(DETECTOR.decode(inflated).text()).isEqualTo("Grüße");
        assertThatThrownBy(() -> Gzip.maybeInflate(raw.toByteArray(), 3)).isInstanceOf(InputTooLargeException.class);
    }

    @Test
    void confidenceIsBetweenZeroAndOneAndLowerForAmbiguousInput() {
        DecodedText sure = DETECTOR.decode(bytes("Съешь же ещё этих мягких французских булок, да выпей же чаю.", "windows-1251"));
        DecodedText unsure = DETECTOR.decode(new byte[] {'x', (byte) 0xC0, 'q', (byte) 0xB9});
        assertThat(sure.confidence()).isBetween(0.0, 1.0).isGreaterThan(unsure.confidence());
        assertThat(List.of(DecodeSource.values())).extracting(DecodeSource::label)
                .containsExactly("bom", "given", "declared", "detected");
    }

    @Test
    void unknownDeclaredCharsetIsIgnored() {
        byte[] b = bytes("<meta charset=\"x-no-such-charset\">Grüße", "UTF-8");
        DecodedText d = DETECTOR.decode(b);
        assertThat(d.charset()).isEqualTo("utf-8");
        assertThat(d.text()).endsWith("Grüße");
    }

    @Test
    void noDefaultCharsetIsUsed() {
        // the decoded text never depends on file.encoding: compare with an explicit decoding
        byte[] b = bytes("Größe", "windows-1252");
        assertThat(DETECTOR.decode(b).text()).isEqualTo(new String(b, StandardCharsets.ISO_8859_1));
    }
}
