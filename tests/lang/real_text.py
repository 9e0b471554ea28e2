# Text processing: split a corpus into words, count them with Counter,
# build bigrams, wrap and justify lines, and format a report table with
# str.format and f-strings.
from collections import Counter, defaultdict

CORPUS = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was
the epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair, we had
everything before us, we had nothing before us, we were all going direct to
Heaven, we were all going direct the other way."""

PUNCT = ',.;:!?"\''


def words(text):
    return [w.strip(PUNCT).lower() for w in text.split() if w.strip(PUNCT)]


def bigrams(ws):
    return Counter(zip(ws, ws[1:]))


def wrap(ws, width):
    lines, cur = [], []
    for w in ws:
        if cur and len(' '.join(cur + [w])) > width:
            lines.append(cur)
            cur = []
        cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def justify(line, width):
    if len(line) == 1:
        return line[0].ljust(width)
    gaps = len(line) - 1
    spaces = width - sum(map(len, line))
    q, r = divmod(spaces, gaps)
    return ''.join(w + ' ' * (q + (i < r)) for i, w in enumerate(line[:-1])) + line[-1]


ws = words(CORPUS)
counts = Counter(ws)
print(len(ws), len(counts), counts.most_common(6))
print(counts['was'], counts['nothing'], counts['missing'])
print('{:<10}|{:>5}|{:^9}|'.format('word', 'n', 'share'))
for w, n in counts.most_common(5):
    print('{:<10}|{:>5d}|{:^9.1%}|'.format(w, n, n / len(ws)))
print(bigrams(ws).most_common(3))

by_letter = defaultdict(list)
for w in sorted(counts):
    by_letter[w[0]].append(w)
print({k: len(v) for k, v in sorted(by_letter.items())})
print(' '.join(f'{k}={",".join(v[:2])}' for k, v in sorted(by_letter.items())[:5]))

for line in wrap(CORPUS.split(), 38)[:6]:
    print('|' + justify(line, 38) + '|')
print('|' + 'centred'.center(20, '*') + '|' + 'r'.rjust(4, '0') + '|' + '42'.zfill(5) + '|')

title = CORPUS.split(',')[0]
print(title.title(), title.swapcase(), title.casefold().count('t'), title.partition(' the '))
print(title.replace('was', 'is', 1), title.rsplit(' ', 2), title.find('best'), title.rfind('t'))
print('-'.join(reversed(title.split())), title.startswith(('It', 'X')), title.endswith('times'))
print(sorted(set(ws), key=lambda w: (-len(w), w))[:5], max(ws, key=len), min(ws))
c2 = Counter('abracadabra')
print(c2, c2 - Counter('aab'), (c2 & Counter('rrr')), sorted(c2.elements())[:6], c2.total())
table = str.maketrans('aeiou', '43105', 'y')
print('everything before us'.translate(table), ' x '.strip(), 'a\tb'.expandtabs(4), 'ab'.isalpha())
