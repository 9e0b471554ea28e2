# collections in daily use: Counter word counts and most_common, arithmetic
# on Counters, defaultdict grouping and trees, deque as a sliding window and
# rotation, ChainMap for layered config, OrderedDict as an LRU cache,
# namedtuple records.
from collections import Counter, defaultdict, deque, ChainMap, OrderedDict, namedtuple

TEXT = """the quick brown fox jumps over the lazy dog the dog barks
and the fox runs away quick quick"""

words = TEXT.split()
counts = Counter(words)
print(counts.most_common(3))
print(counts["fox"], counts["cat"], sum(counts.values()), len(counts))
letters = Counter(c for c in TEXT if c.isalpha())
print(letters.most_common(4))
a, b = Counter("aabbbc"), Counter("abd")
print(a + b, a - b, a & b, a | b)
a.subtract("aaa")
print(a, sorted(a.elements()), a.total())

by_first = defaultdict(list)
for w in sorted(set(words)):
    by_first[w[0]].append(w)
print(dict(by_first))
tree = lambda: defaultdict(tree)
t = tree()
t["animals"]["mammals"]["dog"] = 1
t["animals"]["birds"]["owl"] = 2
print({k: {k2: dict(v2) for k2, v2 in v.items()} for k, v in t.items()})
lengths = defaultdict(int)
for w in words:
    lengths[len(w)] += 1
print(sorted(lengths.items()))


def moving_average(values, n):
    window = deque(maxlen=n)
    for v in values:
        window.append(v)
        if len(window) == n:
            yield sum(window) / n


print(list(moving_average([1, 2, 3, 4, 5, 6, 7], 3)))
d = deque(range(6))
d.rotate(2)
print(d)
d.rotate(-3)
print(d, d[0], d[-1])
d.appendleft(-1)
d.extend([7, 8])
print(d.popleft(), d.pop(), d, d.count(7), d.index(3))

defaults = {"theme": "light", "lang": "en", "debug": False}
user = {"theme": "dark"}
cli = {"debug": True}
config = ChainMap(cli, user, defaults)
print(config["theme"], config["lang"], config["debug"], len(config), sorted(config))
child = config.new_child({"lang": "fr"})
print(child["lang"], config["lang"], child.maps[0], list(child.parents.maps[0]))


class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()

    def get(self, key):
        if key not in self.data:
            return None
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.capacity:
            evicted = self.data.popitem(last=False)
            print("evict", evicted)


cache = LRU(2)
cache.put("a", 1)
cache.put("b", 2)
cache.get("a")
cache.put("c", 3)
print(list(cache.data.items()), cache.get("b"))
od = OrderedDict.fromkeys("xyz")
od.move_to_end("x")
od.move_to_end("z", last=False)
print(list(od))

Point = namedtuple("Point", "x y", defaults=[0])
p = Point(3)
print(p, p._replace(y=4), p._asdict(), Point._fields, Point(*[1, 2]) == (1, 2))
