# Threads share compiled patterns and the module's pattern cache: each
# compiles the same pattern strings (the cache hands out one Pattern, or
# two equal ones when threads race to fill it), matches, substitutes and
# splits on its own text, and purges the cache now and then. Every result
# must be what one thread alone computes.
import re
import threading

WORDS = ['alpha', 'beta', 'gamma', 'delta', 'epsilon']
PATTERNS = [r'(?P<w>[a-z]+)-(?P<n>\d+)', r'\b(\w)(\w*)\b', r'[aeiou]+', r'(\d+)(?=;)', r'x*']
shared = re.compile(r'(?P<w>[a-z]+)-(?P<n>\d+)')


def work(k, out):
    text = '; '.join('%s-%d' % (WORDS[(k + i) % 5], i * k) for i in range(40)) + ';'
    acc = []
    for rep in range(60):
        p = re.compile(PATTERNS[rep % len(PATTERNS)])
        acc.append(len(p.findall(text)))
        acc.append(sum(m.end() - m.start() for m in shared.finditer(text)))
        acc.append(len(re.sub(r'\d', '#', text)))
        acc.append(len(re.split(r';\s*', text)))
        m = shared.search(text, rep)
        acc.append(m.group('w') if m else None)
        if rep % 17 == 0:
            re.purge()
    out[k] = acc


def run(n):
    out = [None] * n
    ts = [threading.Thread(target=work, args=(k, out)) for k in range(n)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return out


alone = [None] * 4
for k in range(4):
    work(k, alone)
together = run(4)
print(together == alone, len(together[0]), together[1][:5])
print(re.compile(PATTERNS[0]) == re.compile(PATTERNS[0]), shared.groupindex)
