# Membership after add/remove churn: sets keep a per-hash-bucket count to
# answer "absent" without walking dummies; every operation that changes a
# table must keep it true, or `in` would miss keys.


def check(s, label):
    print(label, sorted(s, key=repr), [k in s for k in range(-70, 140, 7)])


s = set()
for r in range(50):
    for k in range(r % 13, 30 + r % 17):
        s.add(k)
        s.add(-k)
    for k in range(r % 5, 40, 3):
        s.discard(k)
    if r % 7 == 0:
        s.remove(-(r % 13) if -(r % 13) in s else min(s))
check(s, "churn")

a = set(range(0, 300, 2))  # larger than the filtered sizes, then back
for k in range(0, 300, 4):
    a.remove(k)
a.difference_update(range(0, 290, 2))
check(a, "shrunk")

b = {1, 2, 3, 64, 128, -64}
b.intersection_update({64, 128, 5})
check(b, "intersected")
b.symmetric_difference_update({128, 192, 0})
check(b, "symdiff")
b.update({1.0, True, 65})
check(b, "updated")
print(1.0 in b, 2.0 in b, 64.0 in b)
while b:
    x = b.pop()
    print("pop", x, x in b, len(b))
b |= {"x", "y", (1, 2)}
print("x" in b, (1, 2) in b, "z" in b)
c = frozenset(range(-5, 5))
print(sorted(c), 4 in c, 5 in c, -5 in c)
d = set(c)
d.clear()
d.add(3)
print(d, 3 in d, -3 in d)
print(frozenset({2, 3}) in {frozenset({3, 2})}, {2, 3} in {frozenset({3, 2})})
