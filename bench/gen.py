#!/usr/bin/env python3
"""Generates benchmark inputs for bench/bulk.sh and bench/fix.sh from test-fixtures/corpora (never committed).

  gen.py tree-text DIR N        N plain-text pages (about 30 lines each) from multilingual-clean
  gen.py tree-html DIR N        N HTML pages, the article-extraction-benchmark pages repeated
  gen.py jsonl FILE MB          JSON Lines of text pages ({"id","url","text"}), about MB megabytes
  gen.py clean-text FILE MB     multilingual-clean concatenated to about MB megabytes
  gen.py mojibake FILE MB       the same lines as UTF-8 read as windows-1252 (the common damage), UTF-8 encoded;
                                the undamaged lines go to FILE.expected
  gen.py ascii FILE MB          multilingual-clean with every non-ASCII character dropped (the CLI's own ceiling)
"""
import glob, gzip, json, os, sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'test-fixtures', 'corpora')


def text_lines():
    lines = []
    for f in sorted(glob.glob(os.path.join(ROOT, 'multilingual-clean', '*.txt'))):
        with open(f, encoding='utf-8') as fh:
            lines += [l for l in fh.read().splitlines() if l.strip()]
    return lines


def pages(n, per=30):
    lines = text_lines()
    i = 0
    for k in range(n):
        yield '\n'.join(lines[(i + j) % len(lines)] for j in range(per)) + '\n'
        i += per


def html_pages():
    out = []
    for f in sorted(glob.glob(os.path.join(ROOT, 'article-extraction-benchmark', 'html', '*.html.gz'))):
        with gzip.open(f, 'rb') as fh:
            out.append(fh.read())
    return out


def main():
    kind, target, amount = sys.argv[1], sys.argv[2], int(sys.argv[3])
    if kind == 'tree-text':
        for k, p in enumerate(pages(amount)):
            d = os.path.join(target, 'd%02d' % (k % 50), 'e%d' % (k % 7))
            os.makedirs(d, exist_ok=True)
            with open(os.path.join(d, 'page%05d.txt' % k), 'w', encoding='utf-8') as fh:
                fh.write(p)
    elif kind == 'tree-html':
        hp = html_pages()
        for k in range(amount):
            d = os.path.join(target, 'd%02d' % (k % 50), 'e%d' % (k % 7))
            os.makedirs(d, exist_ok=True)
            with open(os.path.join(d, 'page%05d.html' % k), 'wb') as fh:
                fh.write(hp[k % len(hp)])
    elif kind == 'jsonl':
        limit = amount * 1_000_000
        n = 0
        with open(target, 'w', encoding='utf-8') as fh:
            for k, p in enumerate(pages(10 ** 9)):
                line = json.dumps({'id': k, 'url': 'https://example.org/%d' % k, 'text': p}, ensure_ascii=False) + '\n'
                fh.write(line)
                n += len(line.encode('utf-8'))
                if n >= limit:
                    break
    elif kind == 'ascii':
        limit = amount * 1_000_000
        lines = [''.join(c for c in l if ord(c) < 128) + '\n' for l in text_lines()]
        n = 0
        i = 0
        with open(target, 'w', encoding='ascii') as fh:
            while n < limit:
                fh.write(lines[i % len(lines)])
                n += len(lines[i % len(lines)])
                i += 1
    elif kind in ('clean-text', 'mojibake'):
        limit = amount * 1_000_000
        lines = [l + '\n' for l in text_lines()]
        table = []
        for b in range(256):
            try:
                table.append(bytes([b]).decode('cp1252'))
            except UnicodeDecodeError:
                table.append(chr(b))
        n = 0
        i = 0
        expected = open(target + '.expected', 'w', encoding='utf-8') if kind == 'mojibake' else None
        with open(target, 'w', encoding='utf-8') as fh:
            while n < limit:
                l = lines[i % len(lines)]
                i += 1
                if expected:
                    expected.write(l)
                    l = ''.join(table[b] for b in l.encode('utf-8'))
                fh.write(l)
                n += len(l.encode('utf-8'))
        if expected:
            expected.close()
    else:
        sys.exit('unknown kind ' + kind)


if __name__ == '__main__':
    main()
