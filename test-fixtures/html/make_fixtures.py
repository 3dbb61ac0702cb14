#!/usr/bin/env python3
"""Builds the HTML extraction fixtures of test-fixtures/html from real text.

Article text comes from test-fixtures/corpora/multilingual-clean (NTREX-128 news translations,
CC BY-SA 4.0; see that folder's README). Each page wraps one article (its first line is the
headline) in a page template written for textmend: navigation, share bars, related links made of
other articles' headlines, comments made of other articles' sentences, cookie banner, footer.
Pages are written in the charset of the case, some with a missing or lying <meta charset>.
Output: <case>.html (bytes), <case>.expected.txt (UTF-8, paragraphs separated by blank lines),
and cases.jsonl (one case per line). Re-run: python3 test-fixtures/html/make_fixtures.py
"""
import html
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpora" / "multilingual-clean"

# navigation words, "all rights reserved", "share", "comments", "related", "read more", "cookie notice"
WORDS = {
    "zh-Hans": ("首页 新闻 国际 财经 科技 体育 娱乐", "版权所有", "分享", "网友评论", "相关新闻", "阅读更多",
                "本网站使用 Cookie 以改善您的浏览体验。", "作者"),
    "zh-Hant": ("首頁 新聞 國際 財經 科技 體育 娛樂", "版權所有", "分享", "網友評論", "相關新聞", "閱讀更多",
                "本網站使用 Cookie 以改善您的瀏覽體驗。", "作者"),
    "ja": ("ホーム ニュース 国際 経済 テクノロジー スポーツ", "無断転載を禁じます", "共有", "コメント", "関連記事",
           "続きを読む", "当サイトはクッキーを使用しています。", "記者"),
    "ko": ("홈 뉴스 국제 경제 기술 스포츠", "무단 전재 및 재배포 금지", "공유", "댓글", "관련 기사", "더 보기",
           "이 사이트는 쿠키를 사용합니다.", "기자"),
    "ru": ("Главная Новости В мире Экономика Технологии Спорт", "Все права защищены", "Поделиться",
           "Комментарии", "Читайте также", "Читать далее", "Сайт использует файлы cookie.", "Автор"),
    "uk": ("Головна Новини Світ Економіка Технології Спорт", "Усі права захищені", "Поділитися", "Коментарі",
           "Читайте також", "Читати далі", "Сайт використовує файли cookie.", "Автор"),
    "ar": ("الرئيسية أخبار العالم اقتصاد تكنولوجيا رياضة", "جميع الحقوق محفوظة", "شارك", "التعليقات",
           "أخبار ذات صلة", "اقرأ المزيد", "يستخدم هذا الموقع ملفات تعريف الارتباط.", "بقلم"),
    "he": ("ראשי חדשות עולם כלכלה טכנולוגיה ספורט", "כל הזכויות שמורות", "שתפו", "תגובות", "כתבות נוספות",
           "קראו עוד", "אתר זה משתמש בעוגיות.", "מאת"),
    "el": ("Αρχική Ειδήσεις Κόσμος Οικονομία Τεχνολογία Αθλητισμός", "Με επιφύλαξη παντός δικαιώματος",
           "Κοινοποίηση", "Σχόλια", "Σχετικά άρθρα", "Διαβάστε περισσότερα", "Ο ιστότοπος χρησιμοποιεί cookies.",
           "Του"),
    "hi": ("मुखपृष्ठ समाचार दुनिया व्यापार तकनीक खेल", "सर्वाधिकार सुरक्षित", "शेयर करें", "टिप्पणियाँ",
           "संबंधित खबरें", "और पढ़ें", "यह साइट कुकीज़ का उपयोग करती है।", "लेखक"),
    "th": ("หน้าแรก ข่าว ต่างประเทศ เศรษฐกิจ เทคโนโลยี กีฬา", "สงวนลิขสิทธิ์", "แชร์", "ความคิดเห็น",
           "ข่าวที่เกี่ยวข้อง", "อ่านต่อ", "เว็บไซต์นี้ใช้คุกกี้", "โดย"),
    "de": ("Startseite Nachrichten Welt Wirtschaft Technik Sport", "Alle Rechte vorbehalten", "Teilen",
           "Kommentare", "Mehr zum Thema", "Weiterlesen", "Diese Website verwendet Cookies.", "Von"),
    "en": ("Home News World Business Tech Sport", "All rights reserved", "Share", "Comments", "Related stories",
           "Read more", "This site uses cookies.", "By"),
}

NAMES = {"zh-Hans": "李明", "zh-Hant": "陳怡君", "ja": "佐藤健", "ko": "김민수", "ru": "Иван Петров",
         "uk": "Олена Коваль", "ar": "أحمد علي", "he": "דנה כהן", "el": "Νίκος Παπαδόπουλος",
         "hi": "राहुल शर्मा", "th": "สมชาย ใจดี", "de": "Anna Schmidt", "en": "Jane Doe"}


def lines(lang):
    return (CORPUS / f"{lang}.txt").read_text(encoding="utf-8").splitlines()


def article(lang, start, sentences=14, per_paragraph=2):
    ls = lines(lang)
    title = ls[start]
    body = ls[start + 1:start + 1 + sentences]
    paragraphs = [" ".join(body[i:i + per_paragraph]) if lang not in ("zh-Hans", "zh-Hant", "ja", "th")
                  else "".join(body[i:i + per_paragraph]) for i in range(0, len(body), per_paragraph)]
    others = [ls[i] for i in range(start + 40, min(len(ls), start + 400), 37)][:6]
    comments = [ls[i] for i in range(start + 200, min(len(ls), start + 600), 53)][:3]
    return title, paragraphs, others, comments


def e(s):
    return html.escape(s, quote=True)


def head(lang, title, charset_meta, json_ld, paragraphs, canonical, direction):
    meta = f'<meta charset="{charset_meta}">' if charset_meta else ""
    ld = ""
    if json_ld:
        data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                "author": {"@type": "Person", "name": NAMES[lang]}, "datePublished": "2019-11-18T09:30:00Z",
                "inLanguage": lang}
        if json_ld == "body":
            data["articleBody"] = "\n".join(paragraphs)
        ld = '<script type="application/ld+json">' + json.dumps(data, ensure_ascii=False) + "</script>"
    return f"""<!DOCTYPE html>
<html lang="{lang}"{' dir="rtl"' if direction == 'rtl' else ''}>
<head>
{meta}
<title>{e(title)} | Example News</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{e(title)}">
<meta property="og:type" content="article">
<meta name="author" content="{e(NAMES[lang])}">
<meta property="article:published_time" content="2019-11-18T09:30:00Z">
<link rel="canonical" href="{canonical}">
<link rel="stylesheet" href="/static/site.css">
<style>.hidden{{display:none}} body{{font-family:sans-serif}}</style>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
{ld}
</head>
"""


def modern(lang, title, paragraphs, others, comments, **kw):
    w = WORDS[lang]
    nav = "".join(f'<li><a href="/{i}">{e(x)}</a></li>' for i, x in enumerate(w[0].split()))
    body = "\n".join(f"<p>{e(p)}</p>" for p in paragraphs[:3])
    body += f'\n<figure class="image"><img src="/img/1.jpg" alt=""><figcaption>{e(others[-1])}</figcaption></figure>\n'
    body += '<div class="ad-slot ad" id="ad-mid">Advertisement</div>\n'
    body += "\n".join(f"<p>{e(p)}</p>" for p in paragraphs[3:])
    related = "".join(f'<li><a href="/story/{i}">{e(x)}</a></li>' for i, x in enumerate(others[:5]))
    comm = "".join(f'<div class="comment"><span class="comment-author">user{i}</span><p>{e(c)}</p></div>'
                   for i, c in enumerate(comments))
    return f"""<body class="article-page">
<div id="cookie-banner" class="cookie-consent"><p>{e(w[6])}</p><button>OK</button></div>
<header class="site-header"><a class="logo" href="/">Example News</a>
<nav class="main-nav"><ul>{nav}</ul></nav>
<form class="search" action="/search"><input type="text" name="q"><button>Search</button></form></header>
<main id="main">
<article class="article">
<h1 class="headline">{e(title)}</h1>
<p class="byline">{e(w[7])} <a href="/author/1">{e(NAMES[lang])}</a> · <time datetime="2019-11-18T09:30:00Z">2019-11-18 09:30</time></p>
<div class="share-buttons social"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">{e(w[2])}</a></div>
<div class="article-body">
{body}
</div>
<div class="tags"><a href="/tag/1">{e(w[0].split()[1])}</a> <a href="/tag/2">{e(w[0].split()[2])}</a></div>
</article>
<aside class="related"><h2>{e(w[4])}</h2><ul>{related}</ul></aside>
<section class="comments" id="comments"><h2>{e(w[3])}</h2>{comm}</section>
</main>
<footer class="site-footer"><ul>{nav}</ul><p>© 2019 Example News. {e(w[1])}.</p></footer>
<script src="/static/app.js"></script>
</body>
</html>
"""


def layout_table(lang, title, paragraphs, others, comments, **kw):
    w = WORDS[lang]
    left = "<br>".join(f'<a href="/c/{i}">{e(x)}</a>' for i, x in enumerate(w[0].split()))
    text = "<br><br>\n".join(e(p) for p in paragraphs)
    right = "".join(f'<tr><td><a href="/n/{i}"><font size="2">{e(x)}</font></a></td></tr>'
                    for i, x in enumerate(others))
    return f"""<body bgcolor="#ffffff" topmargin="0">
<table width="980" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="3"><a href="/"><img src="/logo.gif" border="0"></a> {left.replace('<br>', ' | ')}</td></tr>
<tr>
<td width="160" valign="top" bgcolor="#eeeeee">{left}</td>
<td width="620" valign="top">
<table width="100%"><tr><td><font size="4"><b>{e(title)}</b></font></td></tr>
<tr><td><font size="2" color="#666666">{e(NAMES[lang])} 2019-11-18</font></td></tr>
<tr><td><font size="3">
{text}
</font></td></tr></table>
</td>
<td width="200" valign="top"><b>{e(w[4])}</b><table>{right}</table></td>
</tr>
<tr><td colspan="3" align="center"><font size="1">© 2019 Example News {e(w[1])}</font></td></tr>
</table>
</body>
</html>
"""


def portal(lang, title, paragraphs, others, comments, **kw):
    w = WORDS[lang]
    teasers = "".join(f'<div class="item"><a href="/n/{i}">{e(x)}</a></div>' for i, x in enumerate(others))
    text = "\n".join(f"<p>{e(p)}</p>" for p in paragraphs)
    return f"""<body>
<div id="wrap">
<div id="top"><div class="menu">{' '.join(f'<a href="/m/{i}">{e(x)}</a>' for i, x in enumerate(w[0].split()))}</div></div>
<div class="col-left"><div class="block-title">{e(w[4])}</div>{teasers}</div>
<div class="col-main">
<div class="path"><a href="/">{e(w[0].split()[0])}</a> &gt; <a href="/news">{e(w[0].split()[1])}</a></div>
<h1>{e(title)}</h1>
<div class="info">{e(NAMES[lang])} | 2019-11-18</div>
<div class="text" id="text">
{text}
</div>
<div class="pages"><a href="?p=1">1</a> <a href="?p=2">2</a> <a href="?p=2">&raquo;</a></div>
<div class="hidden">{e(comments[0])}</div>
</div>
<div id="bottom">© 2019 Example News {e(w[1])}</div>
</div>
</body>
</html>
"""


def listing(lang, start, **kw):
    ls = lines(lang)
    w = WORDS[lang]
    items = "".join(f'<li class="teaser"><h3><a href="/story/{i}">{e(ls[i])}</a></h3>'
                    f'<p class="summary">{e(ls[i + 1][:60])}</p><a class="more" href="/story/{i}">{e(w[5])}</a></li>'
                    for i in range(start, start + 600, 40))
    nav = "".join(f'<li><a href="/{i}">{e(x)}</a></li>' for i, x in enumerate(w[0].split()))
    return f"""<body><header><nav><ul>{nav}</ul></nav></header>
<main><h1>{e(w[0].split()[1])}</h1><ul class="story-list">{items}</ul>
<div class="pagination"><a href="?page=2">2</a> <a href="?page=3">3</a></div></main>
<footer><p>© 2019 Example News. {e(w[1])}.</p></footer></body></html>
"""


def not_found(lang, **kw):
    w = WORDS[lang]
    nav = "".join(f'<li><a href="/{i}">{e(x)}</a></li>' for i, x in enumerate(w[0].split()))
    return f"""<body><header><nav><ul>{nav}</ul></nav></header>
<div class="error-page"><h1>404</h1><p><a href="/">{e(w[0].split()[0])}</a></p></div>
<footer><ul>{nav}</ul><p>© 2019 Example News. {e(w[1])}.</p></footer></body></html>
"""


TEMPLATES = {"modern": modern, "table": layout_table, "portal": portal}

# case, language, start line, template, bytes charset, declared <meta charset> (None: none), JSON-LD
CASES = [
    ("zh-hans-gbk-lying-utf8", "zh-Hans", 0, "modern", "gbk", "utf-8", None),
    ("ja-shift-jis-no-meta-table", "ja", 0, "table", "shift_jis", None, None),
    ("ru-cp1251-no-meta-portal-jsonld", "ru", 0, "portal", "cp1251", None, "body"),
    ("ar-cp1256-no-meta-rtl", "ar", 0, "modern", "cp1256", None, "meta"),
    ("ru-cp1251-lying-utf8-table", "ru", 300, "table", "cp1251", "utf-8", None),
    ("ar-cp1256-lying-utf8-portal", "ar", 400, "portal", "cp1256", "utf-8", None),
    ("uk-utf8-table-jsonld", "uk", 100, "table", "utf-8", "utf-8", "body"),
    ("zh-hant-utf8-portal-jsonld", "zh-Hant", 200, "portal", "utf-8", "utf-8", "body"),
    ("ko-utf8-modern-jsonld", "ko", 120, "modern", "utf-8", "utf-8", "meta"),
    ("ja-utf8-modern", "ja", 500, "modern", "utf-8", "utf-8", None),
    ("zh-hans-gbk-no-meta-table", "zh-Hans", 700, "table", "gbk", None, None),
    ("el-utf8-portal", "el", 150, "portal", "utf-8", None, None),
    ("he-utf8-modern-rtl", "he", 90, "modern", "utf-8", "utf-8", None),
    ("hi-utf8-modern", "hi", 60, "modern", "utf-8", "utf-8", "body"),
    ("th-utf8-table", "th", 40, "table", "utf-8", "utf-8", None),
    ("de-latin1-declared-modern", "de", 80, "modern", "iso-8859-1", "iso-8859-1", None),
]

LISTINGS = [
    ("en-listing", "en", 0, "listing"),
    ("ja-listing", "ja", 100, "listing"),
    ("zh-hans-not-found", "zh-Hans", 0, "not_found"),
    ("ru-not-found", "ru", 0, "not_found"),
]


def main():
    manifest = []
    for name, lang, start, template, charset, declared, ld in CASES:
        title, paragraphs, others, comments = article(lang, start)
        canonical = f"https://news.example/{lang.lower()}/{name}"
        page = head(lang, title, declared, ld, paragraphs, canonical,
                    "rtl" if lang in ("ar", "he") else "ltr")
        page += TEMPLATES[template](lang, title, paragraphs, others, comments)
        (HERE / f"{name}.html").write_bytes(page.encode(charset, errors="xmlcharrefreplace"))
        (HERE / f"{name}.expected.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
        manifest.append({"case": name, "kind": "article", "language": lang, "charset": charset,
                         "declared": declared, "template": template, "jsonLd": ld, "title": title,
                         "canonical": canonical})
    for name, lang, start, template in LISTINGS:
        page = head(lang, WORDS[lang][0].split()[1], "utf-8", None, [], f"https://news.example/{name}", "ltr")
        page += listing(lang, start) if template == "listing" else not_found(lang)
        (HERE / f"{name}.html").write_bytes(page.encode("utf-8"))
        manifest.append({"case": name, "kind": "no-article", "language": lang, "charset": "utf-8",
                         "declared": "utf-8", "template": template, "jsonLd": None, "title": "",
                         "canonical": f"https://news.example/{name}"})
    with open(HERE / "cases.jsonl", "w", encoding="utf-8") as f:
        for m in manifest:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
