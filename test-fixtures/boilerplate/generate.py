#!/usr/bin/env python3
"""Builds the boilerplate fixture pages: real article text from test-fixtures/corpora/multilingual-clean
(NTREX-128, CC BY-SA 4.0) wrapped in the chrome of thirteen fictional news sites (chrome.json holds their
words per language). Writes pages/<id>.txt (the page as a scraper saves it) and pages/<id>.expected.txt
(the article alone: title, dateline, captions once, every body paragraph). Deterministic.

    python3 test-fixtures/boilerplate/generate.py
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, '..', 'corpora', 'multilingual-clean')
OUT = os.path.join(HERE, 'pages')
CHROME = json.load(open(os.path.join(HERE, 'chrome.json'), encoding='utf-8'))
LANGS = ['en', 'de', 'fr', 'es', 'pt', 'it', 'pl', 'tr', 'ru', 'uk', 'ar', 'zh-Hans', 'zh-Hant', 'ja', 'ko']
END = re.compile(r'[.?!"\'”’)…:;。！？」』）؟]\s*$')
CJK = {'zh-Hans', 'zh-Hant', 'ja'}


def article_starts(en):
    starts = []
    for i, line in enumerate(en):
        if line and not END.search(line) and len(line.split()) < 20 and (not starts or i - starts[-1] >= 6):
            starts.append(i)
    return starts


def load(lang):
    return open(os.path.join(CORPUS, lang + '.txt'), encoding='utf-8').read().split('\n')


def articles(lang, en_starts):
    lines = load(lang)
    out = []
    for a, b in zip(en_starts, en_starts[1:]):
        if b > len(lines):
            break
        title, body = lines[a], [l for l in lines[a + 1:b] if l]
        if END.search(title) or len(body) < 6:
            continue  # misaligned or too short
        out.append((title, body))
    return out


def join(lang, sentences):
    return ('' if lang in CJK else ' ').join(sentences)


def paragraphs(lang, body, rnd):
    """Groups the article's sentences into paragraphs of one to three; a line without sentence
    punctuation (a subhead) stays alone."""
    paras, cur, want = [], [], rnd.choice([1, 2, 2, 3])
    for s in body:
        if not END.search(s):
            if cur:
                paras.append(join(lang, cur)); cur = []
            paras.append(s)
            continue
        cur.append(s)
        if len(cur) >= want:
            paras.append(join(lang, cur)); cur, want = [], rnd.choice([1, 2, 2, 3])
    if cur:
        paras.append(join(lang, cur))
    return paras


SPAM_FOREIGN = {'LATIN': ['麻豆影视', '澳门威尼斯人娱乐城', '免费看片 高清无码'], 'CYRILLIC': ['麻豆传媒', 'ทางเข้า ufabet สล็อต'],
                'ARABIC': ['麻豆影视', 'ทางเข้า ufabet'], 'HAN': ['ทางเข้า ufabet สล็อต', 'สล็อตเว็บตรง'], 'HANGUL': ['麻豆影视', 'สล็อตเว็บตรง']}
SPAM_LOCAL = {'en': 'Best online casino bonus 2019 - play now', 'de': 'Online Casino ohne Anmeldung spielen', 'ru': 'Онлайн казино с бонусом',
              'uk': 'Онлайн казино з бонусом', 'tr': 'Canlı bahis ve deneme bonusu', 'zh-Hans': '澳门赌场 在线娱乐城 注册送彩金', 'ko': '토토사이트 먹튀 검증 바카라',
              'zh-Hant': '娛樂城 註冊送體驗金', 'ja': 'オンラインカジノ 入金不要ボーナス', 'pl': 'Kasyno online bez depozytu', 'es': 'Casino online con bono',
              'pt': 'Cassino online com bônus', 'it': 'Casino online con bonus', 'fr': 'Casino en ligne bonus sans dépôt', 'ar': 'كازينو اون لاين مكافأة'}


def script_of(lang):
    return {'ru': 'CYRILLIC', 'uk': 'CYRILLIC', 'ar': 'ARABIC', 'zh-Hans': 'HAN', 'zh-Hant': 'HAN', 'ja': 'HAN', 'ko': 'HANGUL'}.get(lang, 'LATIN')


# Each site returns a list of (text, is_article) lines, top to bottom, and the line separator it saves with.
def page(site, lang, art, teasers, rnd):
    C = CHROME[lang]
    title, paras, caption = art['title'], art['paras'], art['caption']
    A = lambda t: (t, True)
    X = lambda t: (t, False)
    body = [A(p) for p in paras]
    tz = lambda k: [X(t) for t in teasers[:k]]
    spam = rnd.choice(SPAM_FOREIGN[script_of(lang)])
    sep = '\n'
    if site == 'northwind':
        top = [X(C['skip']), X(C['home'])] + [X(m) for m in C['menu']] + [X(C['login']), X(C['search'])]
        head = [A(title), A(C['by'] + ' ' + art['author']), A(C['date']), X(C['share'])] + [X(s) for s in C['share_on']]
        mid = body[:3] + [X(C['ad'])] + body[3:]
        tail = [X(C['related'][0])] + tz(4) + [X(C['related'][1])] + [X('%d. %s' % (k + 1, t)) for k, t in enumerate(teasers[4:8])]
        foot = [X(C['about']), X(C['contact']), X(C['privacy']), X(C['terms']), X('© 2019 Northwind Herald. ' + C['rights'])]
        lines = top + head + mid + tail + foot
    elif site == 'meridian':
        top = [X(' | '.join(C['menu'])), X(C['cookie']), X(C['accept']), X(C['settings'])]
        k = max(2, len(body) // 2)
        mid = body[:k] + [X(C['readmore'] + ' ' + teasers[0])] + body[k:]
        tail = [X(C['newsletter']), X(C['email']), X(C['subscribe']), X(C['related'][1])] + [X('%d %s' % (i + 1, t)) for i, t in enumerate(teasers[1:6])]
        foot = [X('Copyright © 2019 The Daily Meridian')]
        lines = top + [A(title), A(C['date'])] + mid + tail + foot
        sep = '\n\n'
    elif site == 'pulse24':
        top = [X(spam), X('PULSE24'), X(C['home'] + ' · ' + C['menu'][0] + ' · ' + C['menu'][2] + ' · ' + C['menu'][4])]
        head = [A(title), A(caption + ' ' + caption), X(' '.join(C['share_on']))]
        tail = [X(C['tags'] + ' ' + ', '.join(art['keywords']))]
        foot = [X(C['privacy'] + ' | ' + C['terms'] + ' | ' + C['contact']), X('© Pulse24 Media 2019')]
        lines = top + head + body + tail + foot
        art['expected_caption'] = caption
    elif site == 'harbor':
        top = [X('Harbor Times'), X(C['subscribe']), X(C['login']), X(C['menu'][1]), X(C['menu'][3])]
        k = max(3, len(body) - 2)
        lines = top + [A(title), A(C['date'])] + body[:k] + [X(C['paywall']), X(C['app'])] + body[k:] + \
            [X(C['related'][2])] + tz(3) + [X('Harbor Times © 2019'), X(C['address'])]
    elif site == 'ledger':
        top = [X(C['home'] + ' > ' + C['menu'][1] + ' > ' + C['menu'][0]), X(C['search'])]
        head = [A(title), A(caption), X(caption), X(C['share'])]
        k = max(2, len(body) // 2)
        box = [X(C['related'][0])] + tz(3)
        mid = body[:k] + box + body[k:]
        tail = [X(C['editor'] + ' ' + art['author'])]
        foot = [X(C['about']), X(C['careers']), X(C['address']), X('© 2019 Metro Ledger Ltd')]
        lines = top + head + mid + tail + foot
        art['expected_caption'] = caption
    elif site == 'lantern':
        top = [X('LANTERN WIRE'), X(C['langswitch'])]
        users = C['comment_users']
        com = [X(C['comments'] + ' (2)'), X(users[0]), X(C['ago']), X(teasers[0]), X(C['reply']), X(users[1]), X(C['ago']), X(teasers[1]), X(C['reply'])]
        lines = top + [A(title)] + [A(C['location'])] + body + com + [X(C['privacy']), X('© 2019 Lantern Wire')]
    elif site == 'quartz':
        top = [X(' '.join([C['home']] + C['menu'][:5])), X(C['login']), X(C['search'])]
        tail = [X(C['related'][2])]
        for t in teasers[:3]:
            tail += [X(t)]
        foot = [X(C['cookie']), X(C['accept']), X('Quartzline © 2019. ' + C['rights'])]
        lines = top + [A(title), A(C['by'] + ' ' + art['author'] + ' · ' + C['date'])] + body + tail + foot
        sep = '\n\n'
    elif site == 'civic':
        top = [X(C['langswitch']), X('The Civic Post'), X(C['menu'][0]), X(C['menu'][1]), X(C['menu'][5])]
        k1, k2 = 2, max(3, len(body) - 2)
        mid = body[:k1] + [X(C['ad'])] + body[k1:k2] + [X(C['continues'])] + body[k2:]
        foot = [X(C['share']), X(C['copy']), X(C['print']), X(C['about']), X(C['contact']), X(C['privacy']), X(C['terms']),
                X('© 2019 Civic Post Media Group')]
        lines = top + [A(title), A(C['by'] + ' ' + art['author'])] + mid + foot
    elif site == 'blueridge':
        top = [X('Blue Ridge Bulletin'), X(C['related'][3])] + tz(3) + [X(C['menu'][2])]
        lines = top + [A(title), A(C['date'])] + body + [X(C['related'][1])] + [X(t) for t in teasers[3:7]] + \
            [X(C['contact'] + ' · ' + C['privacy'] + ' · ' + C['terms']), X('© 2019 Blue Ridge Bulletin')]
    elif site == 'kite':
        top = [X(C['skip']), X('KITE NEWS'), X(C['menu'][0] + ' / ' + C['menu'][1] + ' / ' + C['menu'][2])]
        k = min(2, len(body) - 1)
        box = [X(C['trending'])] + tz(3)
        lines = top + [A(title), A(C['date'])] + body[:k] + box + body[k:] + [X(C['print']), X(C['share']), X(C['copy'])] + \
            [X(C['loadmore']), X('Kite News © 2019 · ' + C['rights'])]
    elif site == 'orbit':
        foot = [X(C['about'] + ' | ' + C['contact'] + ' | ' + C['careers']), X(C['address'])]
        if 'icp' in C:
            foot.append(X(C['icp']))
        foot += [X('© 2019 Orbit Daily'), X(SPAM_LOCAL[lang]), X(spam)]
        lines = [X('ORBIT DAILY'), X(C['home']), X(C['search']), A(title), A(caption)] + body + foot
        art['expected_caption'] = caption
    elif site == 'signal':
        k = max(2, len(body) // 2)
        mid = body[:k] + [X(C['newsletter']), X(C['email']), X(C['subscribe'])] + body[k:]
        tail = [X(C['tags'])] + [X(kw) for kw in art['keywords']] + [X(C['copy'])]
        foot = [X(C['related'][1])] + tz(5) + [X('Signal & Noise © 2019')]
        lines = [X('Signal & Noise'), X(C['menu'][3] + ' | ' + C['menu'][4] + ' | ' + C['menu'][6])] + [A(title), A(C['by'] + ' ' + art['author'])] + mid + tail + foot
    elif site == 'paper':
        top = [X(C['skip']), X('The Paper Lantern'), X(' · '.join(C['menu'][:6]))]
        tail = [X(C['share']), X(C['related'][0])] + tz(2)
        legal = teasers[2]  # a long prose line in the footer
        foot = [X('© 2019 The Paper Lantern. ' + C['rights']), X(legal), X(C['privacy']), X(C['terms'])]
        lines = top + [A(title), A(C['date'])] + body + tail + foot
    else:
        raise ValueError(site)
    return lines, sep


SITES = ['northwind', 'meridian', 'pulse24', 'harbor', 'ledger', 'lantern', 'quartz', 'civic', 'blueridge', 'kite', 'orbit', 'signal', 'paper']
AUTHORS = ['Anna Keller', 'Jonas Reed', 'Maria Lopes', 'Kenji Sato', 'Olena Marchenko', 'Li Wei', 'Omar Haddad']


def main():
    en = load('en')
    starts = article_starts(en)
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    n = 0
    for li, lang in enumerate(LANGS):
        arts = articles(lang, starts)
        rnd = random.Random(1000 + li)
        for k in range(3):
            site = SITES[(li * 3 + k) % len(SITES)]
            title, body = arts[5 + k * 7]
            body = body[:rnd.randint(7, 12)]
            caption = body.pop()
            paras = paragraphs(lang, body, rnd)
            others = [a for j, a in enumerate(arts) if j != 5 + k * 7]
            rnd.shuffle(others)
            teasers = [t for t, _ in others[:4]] + [b[0] for _, b in others[4:10]]
            words = re.findall(r'\w{5,}', ' '.join(body))
            art = {'title': title, 'paras': paras, 'caption': caption, 'author': rnd.choice(AUTHORS),
                   'keywords': sorted(set(words), key=words.index)[:3] if lang not in CJK else [title[:4], title[4:8]]}
            lines, sep = page(site, lang, art, teasers, rnd)
            if 'expected_caption' in art:
                lines = [(t, ok) if t != caption + ' ' + caption else (t, True) for t, ok in lines]
            pid = '%02d-%s-%s' % (n, lang, site)
            with open(os.path.join(OUT, pid + '.txt'), 'w', encoding='utf-8') as f:
                f.write(sep.join(t for t, _ in lines) + '\n')
            expected = []
            for t, ok in lines:
                if ok:
                    t = art['expected_caption'] if t == caption + ' ' + caption else t
                    if not expected or expected[-1] != t:
                        expected.append(t)
            with open(os.path.join(OUT, pid + '.expected.txt'), 'w', encoding='utf-8') as f:
                f.write('\n\n'.join(expected) + '\n')
            n += 1
    print(n, 'pages')


if __name__ == '__main__':
    main()
