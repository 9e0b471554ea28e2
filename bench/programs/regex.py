# Regular expressions: parse 20 000 generated access-log lines with a named-
# group pattern, tokenize 20 000 expressions with an alternation of named
# groups (finditer + lastgroup), redact addresses with sub, split fields,
# and search for words; prints a checksum of everything matched.
import re

N = 20000
METHODS = ['GET', 'POST', 'PUT', 'DELETE']
PATHS = ['/index.html', '/api/items', '/api/login', '/img/logo.png', '/docs/re.html']


def lines(n):
    seed = 7
    out = []
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        ip = '%d.%d.%d.%d' % (10 + seed % 200, (seed >> 8) % 256, (seed >> 16) % 256, i % 256)
        out.append('%s - user%d [07/Dec/2026:%02d:%02d:%02d +0000] "%s %s?id=%d HTTP/1.1" %d %d %d.%03d'
                   % (ip, seed % 50, i % 24, i % 60, seed % 60, METHODS[seed % 4], PATHS[(seed >> 4) % 5],
                      i, (200, 301, 404, 500)[(seed >> 6) % 4], seed % 5000, seed % 3, seed % 1000))
    return out


LINE = re.compile(r'(?P<ip>\d+\.\d+\.\d+\.\d+) - (?P<user>\S+) \[(?P<when>[^\]]+)\] '
                  r'"(?P<method>[A-Z]+) (?P<path>[^ ?"]+)(?:\?(?P<query>[^ "]*))? HTTP/[\d.]+" '
                  r'(?P<status>\d{3}) (?P<size>\d+) (?P<secs>\d+\.\d+)$')
TOKEN = re.compile(r'(?P<NUM>\d+(?:\.\d*)?)|(?P<ID>[A-Za-z_]\w*)|(?P<OP>[-+*/=()])|(?P<WS>\s+)')
IP = re.compile(r'\b(\d{1,3})\.\d{1,3}\.\d{1,3}\.(\d{1,3})\b')


def main():
    log = lines(N)
    statuses = {}
    total = 0
    for line in log:
        m = LINE.match(line)
        if m:
            s = m.group('status')
            statuses[s] = statuses.get(s, 0) + 1
            total += int(m.group('size')) + len(m.group('path'))
    kinds = {}
    for i in range(N):
        expr = 'x%d = (alpha + %d.5) * beta_%d - 7 / gamma' % (i, i, i % 10)
        for tok in TOKEN.finditer(expr):
            k = tok.lastgroup
            kinds[k] = kinds.get(k, 0) + 1
    redacted = sum(len(IP.sub(r'\1.x.x.\2', line)) for line in log[:5000])
    fields = sum(len(re.split(r'[\s"]+', line)) for line in log[:5000])
    hits = len(re.findall(r'\bPOST\b|\b500\b', '\n'.join(log)))
    print(sorted(statuses.items()), total, sorted(kinds.items()), redacted, fields, hits)


main()
