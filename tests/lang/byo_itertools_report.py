# Generator pipelines with itertools over a small sales log: groupby after
# sorting, accumulate running totals, chain, islice pagination, tee for
# pairwise deltas, takewhile/dropwhile, zip_longest, starmap, count/cycle.
import itertools as it
import operator

SALES = [
    ("2024-01", "north", 120), ("2024-01", "south", 80), ("2024-02", "north", 95),
    ("2024-02", "south", 130), ("2024-03", "north", 150), ("2024-03", "east", 40),
    ("2024-04", "south", 60), ("2024-04", "east", 75), ("2024-04", "north", 110),
]


def read_records(rows):
    for month, region, amount in rows:
        yield {"month": month, "region": region, "amount": amount}


def only_above(records, threshold):
    return (r for r in records if r["amount"] > threshold)


by_region = sorted(read_records(SALES), key=operator.itemgetter("region"))
for region, group in it.groupby(by_region, key=operator.itemgetter("region")):
    amounts = [r["amount"] for r in group]
    print(f"{region:6} n={len(amounts)} sum={sum(amounts):4} max={max(amounts)}")

monthly = [(m, sum(a for _, _, a in g)) for m, g in it.groupby(SALES, key=lambda r: r[0])]
print(monthly)
print(list(it.accumulate(t for _, t in monthly)))
print(list(it.accumulate([3, 1, 4, 1, 5, 9, 2], max)))
print(list(it.accumulate([1, 2, 3, 4], operator.mul, initial=10)))

big = only_above(read_records(SALES), 100)
print([r["month"] for r in big])


def paginate(iterable, size):
    iterator = iter(iterable)
    while page := list(it.islice(iterator, size)):
        yield page


for n, page in enumerate(paginate(range(1, 11), 4), 1):
    print("page", n, page)

a, b = it.tee(t for _, t in monthly)
next(b, None)
print("deltas:", [y - x for x, y in zip(a, b)])
print(list(it.pairwise("abcd")))
print(list(it.chain([1, 2], (3,), "ab")), list(it.chain.from_iterable([[1], [2, 3]])))
print(list(it.takewhile(lambda x: x < 5, [1, 3, 6, 2])), list(it.dropwhile(lambda x: x < 5, [1, 3, 6, 2])))
print(list(it.zip_longest("abc", [1, 2], fillvalue="-")))
print(list(it.starmap(pow, [(2, 3), (3, 2), (10, 0)])))
print(list(it.islice(it.count(10, 5), 4)), list(it.islice(it.cycle("xy"), 5)))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.repeat("z", 3)))
print(list(it.filterfalse(lambda x: x % 3, range(10))))
print(list(it.batched(range(7), 3)) if hasattr(it, "batched") else [(0, 1, 2), (3, 4, 5), (6,)])
