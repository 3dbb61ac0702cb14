package io.textmend.sites;

import io.textmend.testing.Corpora;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A synthetic crawl: pages of several sites, each page real article text from
 * {@code multilingual-clean} wrapped in chrome written here (menus, dates, "updated" stamps,
 * adverts, share bars, related-content teasers, footers with a varying year and page number).
 * Every line is labelled chrome or body, so a test can count what a filter removed.
 *
 * <p>Repeated body content is built in on purpose: one article crawled five times and one
 * crawled twice per site (with different dates and teasers around them), a quote shared by five
 * pages (two on a small site), and a short common sentence in four.
 */
public final class SyntheticCrawl {

    /** One line of a page and whether it is chrome (should be removed) or body (must stay). */
    public record Line(String text, boolean chrome) {
    }

    public record Page(String site, List<Line> lines) {
        public String text() {
            StringBuilder b = new StringBuilder();
            for (Line l : lines) {
                b.append(l.text()).append('\n');
            }
            return b.toString();
        }
    }

    /** Chrome phrases of one language; {@code %s} is the site name, {@code %d} numbers. */
    public record Chrome(String menu, String account, String updated, String advert, String share, String related,
                  String copyright, String links, String pageOf, String[] days, String[] months) {
    }

    static final Chrome EN = new Chrome("Home | World | Business | Sport | Culture | Opinion", "Sign in · Subscribe",
            "Updated %d %s ago", "Advertisement", "Share this article: Facebook · X · Email", "Related articles",
            "© %d %s. All rights reserved.", "Privacy policy · Terms of use · Contact us", "Page %d of %d",
            new String[] {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"},
            new String[] {"January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December"});
    static final Chrome DE = new Chrome("Startseite | Politik | Wirtschaft | Sport | Kultur", "Anmelden | Abo",
            "Aktualisiert vor %d %s", "Anzeige", "Artikel teilen: Facebook · X · E-Mail", "Mehr zum Thema",
            "© %d %s. Alle Rechte vorbehalten.", "Datenschutz · Impressum · Kontakt", "Seite %d von %d",
            new String[] {"Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"},
            new String[] {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
                "Oktober", "November", "Dezember"});
    static final Chrome RU = new Chrome("Главная | В мире | Экономика | Спорт | Культура", "Войти · Подписка",
            "Обновлено: %d:%02d", "Реклама", "Поделиться: ВКонтакте · Telegram · Почта", "Читайте также",
            "© %d %s. Все права защищены.", "Политика конфиденциальности · Контакты", "Страница %d из %d",
            null, null);
    static final Chrome ZH = new Chrome("首页 | 国际 | 财经 | 体育 | 文化", "登录 · 订阅", "更新时间：%d:%02d", "广告",
            "分享到：微信 · 微博 · 邮件", "相关阅读", "© %d %s 版权所有", "隐私政策 · 使用条款 · 联系我们", "第 %d 页，共 %d 页",
            null, null);

    public record SiteSpec(String site, String lang, Chrome chrome, int articles, boolean teasers) {
    }

    public static List<SiteSpec> defaultSites() {
        return List.of(
                new SiteSpec("planet-news.example", "en", EN, 30, true),
                new SiteSpec("tagesblatt.example", "de", DE, 30, true),
                new SiteSpec("vesti.example", "ru", RU, 30, true),
                new SiteSpec("xinwen.example", "zh-Hans", ZH, 30, true),
                new SiteSpec("shimbun.example", "ja", EN, 30, true),
                new SiteSpec("akhbar.example", "ar", EN, 30, true),
                new SiteSpec("samachar.example", "hi", EN, 30, true),
                new SiteSpec("khao.example", "th", EN, 30, true),
                new SiteSpec("sinmun.example", "ko", EN, 30, true),
                new SiteSpec("efimerida.example", "el", DE, 30, true),
                new SiteSpec("gazete.example", "tr", RU, 30, true),
                new SiteSpec("baomoi.example", "vi", ZH, 30, true),
                new SiteSpec("petit-journal.example", "fr", EN, 10, false));
    }

    private SyntheticCrawl() {
    }

    public static List<Page> build(List<SiteSpec> sites, long seed) {
        List<Page> pages = new ArrayList<>();
        for (SiteSpec s : sites) {
            pages.addAll(site(s, new Random(seed ^ s.site().hashCode())));
        }
        return pages;
    }

    private static List<Page> site(SiteSpec s, Random rnd) {
        List<String> text = Corpora.lines(Corpora.path("multilingual-clean").resolve(s.lang() + ".txt"));
        List<String> shorts = Corpora.lines(Corpora.path("multilingual-clean").resolve("short")
                .resolve(shortFile(s.lang())));
        List<List<String>> articles = new ArrayList<>();
        int at = 0;
        for (int a = 0; a < s.articles(); a++) {
            int n = 6 + rnd.nextInt(12);
            articles.add(new ArrayList<>(text.subList(at, at + n)));
            at += n;
        }
        String quote = shorts.get(7);
        String common = shorts.get(3);
        int quotePages = Math.min(5, s.articles() / 5);
        List<Page> out = new ArrayList<>();
        for (int a = 0; a < s.articles(); a++) {
            int copies = a == 0 ? 5 : a == 1 ? 2 : 1;
            for (int c = 0; c < copies; c++) {
                out.add(page(s, articles, a, c, rnd, a >= 2 && a < 2 + quotePages ? quote : null,
                        a >= 10 && a < 14 ? common : null));
            }
        }
        return out;
    }

    private static String shortFile(String lang) {
        return switch (lang) {
            case "zh-Hans" -> "zh.txt";
            case "ja", "ar", "hi", "th", "ko", "el", "tr", "vi", "fr", "de", "ru", "en" -> lang + ".txt";
            default -> "en.txt";
        };
    }

    /** Headline of an article: its first line, cut to about 60 chars at a space when long. */
    static String title(List<String> article) {
        String first = article.get(0);
        if (first.length() <= 70) {
            return first;
        }
        int cut = first.lastIndexOf(' ', 60);
        return (cut > 20 ? first.substring(0, cut) : first.substring(0, 40)).strip();
    }

    private static Page page(SiteSpec s, List<List<String>> articles, int a, int copy, Random rnd,
                             String quote, String common) {
        Chrome ch = s.chrome();
        String name = s.site().substring(0, s.site().indexOf('.'));
        List<Line> l = new ArrayList<>();
        chrome(l, name.toUpperCase(Locale.ROOT));
        chrome(l, ch.menu());
        chrome(l, ch.account());
        chrome(l, date(ch, rnd));
        if (rnd.nextInt(10) < 7) {
            chrome(l, updated(ch, rnd));
        }
        List<String> art = articles.get(a);
        body(l, title(art));
        int advertAt = rnd.nextBoolean() ? 2 + rnd.nextInt(Math.max(1, art.size() - 3)) : -1;
        for (int i = 1; i < art.size(); i++) {
            if (i == advertAt) {
                chrome(l, ch.advert());
            }
            body(l, art.get(i));
            if (i == 2 && quote != null) {
                body(l, quote);
            }
            if (i == 3 && common != null) {
                body(l, common);
            }
        }
        if (rnd.nextInt(10) < 8) {
            chrome(l, ch.share());
        }
        if (s.teasers()) {
            chrome(l, ch.related());
            for (int t = 1; t <= 3; t++) {
                chrome(l, title(articles.get((a + t + copy) % articles.size())));
            }
        }
        chrome(l, String.format(Locale.ROOT, ch.copyright(), 2015 + rnd.nextInt(12), name));
        chrome(l, ch.links());
        if (rnd.nextInt(10) < 6) {
            chrome(l, String.format(Locale.ROOT, ch.pageOf(), 1 + rnd.nextInt(9), 10 + rnd.nextInt(40)));
        }
        return new Page(s.site(), l);
    }

    private static String date(Chrome ch, Random rnd) {
        int d = 1 + rnd.nextInt(28);
        int y = 2015 + rnd.nextInt(12);
        int m = rnd.nextInt(12);
        if (ch.days() != null) {
            return ch.days()[rnd.nextInt(7)] + ", " + d + (ch == DE ? ". " : " ") + ch.months()[m] + " " + y;
        }
        return ch == ZH ? y + "年" + (m + 1) + "月" + d + "日" : String.format(Locale.ROOT, "%02d.%02d.%d", d, m + 1, y);
    }

    private static String updated(Chrome ch, Random rnd) {
        if (ch == EN) {
            String[] units = {"minutes", "hours", "days"};
            return String.format(Locale.ROOT, ch.updated(), 1 + rnd.nextInt(50), units[rnd.nextInt(3)]);
        }
        if (ch == DE) {
            String[] units = {"Minuten", "Stunden", "Tagen"};
            return String.format(Locale.ROOT, ch.updated(), 1 + rnd.nextInt(50), units[rnd.nextInt(3)]);
        }
        return String.format(Locale.ROOT, ch.updated(), rnd.nextInt(24), rnd.nextInt(60));
    }

    private static void chrome(List<Line> l, String text) {
        l.add(new Line(text, true));
    }

    private static void body(List<Line> l, String text) {
        l.add(new Line(text, false));
    }

    static Path fixtures() {
        return Path.of("test-fixtures", "sites");
    }
}
