# Strings, lists and dicts: generate 10**6 words, count them, sort, join.
def words(n):
    syllables = ['ka', 'lo', 'mi', 'nu', 'pe', 'ri', 'so', 'ta']
    out = []
    seed = 42
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        w = syllables[seed % 8] + syllables[(seed >> 8) % 8] + syllables[(seed >> 16) % 8]
        out.append(w)
    return out


def count(ws):
    counts = {}
    for w in ws:
        counts[w] = counts.get(w, 0) + 1
    return counts


ws = words(1_000_000)
counts = count(ws)
keys = sorted(counts.keys())
text = ','.join(keys)
total = 0
for k in keys:
    total += counts[k] * len(k)
print(len(counts), len(text), total, keys[0], keys[-1], counts[keys[0]])
