# Sorting as people write it: key functions, reverse, stable multi-key sorts
# (sort by secondary key, then primary), itemgetter/attrgetter, cmp_to_key
# for a custom order, sorting with None values, bisect for insertion.
import bisect
from functools import cmp_to_key
from operator import attrgetter, itemgetter

students = [("ana", "B", 82), ("ben", "A", 95), ("cai", "B", 82), ("dia", "A", 78), ("eli", "C", 95)]
print(sorted(students, key=itemgetter(2), reverse=True))
print(sorted(students, key=lambda s: (-s[2], s[0])))
by_name = sorted(students, key=itemgetter(0))
print(sorted(by_name, key=itemgetter(1)))  # stable: names stay ordered within a grade
print(sorted(students, key=itemgetter(1, 2)))
print(max(students, key=itemgetter(2)), min(students, key=lambda s: s[2]))


class Version:
    def __init__(self, text):
        self.text = text
        self.parts = tuple(int(p) for p in text.split("."))

    def __repr__(self):
        return f"v{self.text}"


versions = [Version(v) for v in ["1.10.0", "1.2.3", "1.2.10", "0.9", "1.2"]]
print(sorted(versions, key=attrgetter("parts")))
print(sorted(versions, key=lambda v: v.text))


def compare_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(sorted(words, key=cmp_to_key(compare_len_then_alpha)))
print(sorted(words, key=len), sorted(words, key=str.lower, reverse=True))


def largest_number(nums):
    def cmp(x, y):
        return -1 if x + y > y + x else (1 if x + y < y + x else 0)
    return "".join(sorted(map(str, nums), key=cmp_to_key(cmp))).lstrip("0") or "0"


print(largest_number([3, 30, 34, 5, 9]), largest_number([0, 0]))
scores = [70, None, 85, None, 60]
print(sorted(scores, key=lambda s: (s is None, s or 0)))
data = [5, 1, 4]
data.sort()
print(data, sorted("hello"), sorted({3: "c", 1: "a"}.items()), sorted([[2, 1], [1, 2], [1, 1]]))
grades = [60, 70, 80, 90]
print([("F", "D", "C", "B", "A")[bisect.bisect(grades, s)] for s in (33, 60, 75, 99)])
ordered = []
for x in [5, 2, 8, 2, 9]:
    bisect.insort(ordered, x)
print(ordered, bisect.bisect_left(ordered, 2), bisect.bisect_right(ordered, 2))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
