# Word frequencies with Counter, most_common, and a defaultdict index.
from collections import Counter, defaultdict
text = """the quick brown fox jumps over the lazy dog the dog barks
and the fox runs away quick quick the end""".split()
freq = Counter(text)
print(freq.most_common(4), freq['the'], freq['cat'], len(freq))
index = defaultdict(list)
for i, w in enumerate(text):
    index[w].append(i)
print(index['quick'], index['fox'], sorted(index)[:5])
lengths = Counter([len(w) for w in text])
print(sorted(lengths.items()), lengths.most_common(1))
letters = Counter("".join(text))
print(letters.most_common(3), sum(letters.values()))
print(+freq == freq if False else dict(freq.most_common(2)))
