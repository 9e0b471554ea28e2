# A small program: word frequencies over generated text, sorted and formatted.
words = ['gil', 'thread', 'lock', 'python', 'core', 'process', 'byte', 'code']
text = []
seed = 12345
for i in range(5000):
    seed = (seed * 1103515245 + 12345) % 2**31
    text.append(words[(seed >> 16) % len(words)])
counts = {}
for w in text:
    counts[w] = counts.get(w, 0) + 1


def by_count(item):
    return (-item[1], item[0])


ranked = sorted(counts.items(), key=by_count)
for word, n in ranked:
    print(f'{word:>8} {n:5d} {n / len(text):6.2%}')
print(sum(counts.values()), len(counts), sorted(counts)[0])
line = ' '.join(text[:12])
print(line, len(line.split()), line.upper()[:20])
