# Shared containers mutated in every way at once, no locks: pops, inserts,
# removes, slices, sorts, copies, iteration, repr and dict views, while other
# threads append. Only what holds under any interleaving is printed: lengths
# from counted operations, types, keys no other thread touches.
import threading

NT = 4
R = 3000
lst = list(range(100))
d = dict(zip(range(100), range(100)))
out = [None] * NT


def worker(k):
    delta = 0
    checks = 0
    for i in range(R):
        lst.append(i)
        lst.insert(0, -1)
        lst.pop()
        try:
            lst.remove(-1)
            delta -= 1
        except ValueError:
            pass
        delta += 1
        if i % 50 == 0:
            c = lst[:]
            checks += len(c) >= 50
            checks += repr(lst)[0] == "["
            for x in lst:
                pass
            lst[10:20] = lst[10:20]
            lst.extend(lst[:5])
            del lst[:5]
            a, b = lst[0:2]
            checks += lst.count(-7) == 0
            c.sort()
            checks += c[0] <= c[-1]
        d[i % 500] = i
        d.setdefault(k + 1000, k)
        d.pop(i % 700, None)
        if i % 100 == 0:
            try:  # other threads resize d: allowed to fail, never to crash
                for key in d:
                    pass
                total = sum(d.values())
                items = list(d.items())
            except RuntimeError:
                pass
            checks += repr(d)[0] == "{"
            e = d.copy()
            e.update(d)
            checks += e == e
            checks += (1000 + k) in d
    out[k] = (delta, checks)


ts = [threading.Thread(target=worker, args=(k,)) for k in range(NT)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print([c for _, c in out])
print(len(lst) == 100 + sum([n for n, _ in out]), len(lst) >= 100)
print(sorted([d[k] for k in range(1000, 1000 + NT)]))
print(len([x for x in lst if not isinstance(x, int)]))
