# json.dumps nests as deep as CPython's C encoder: one level of the
# recursion limit per container, counted from the caller's depth, then
# CPython's RecursionError message.
import json
import sys


def nest(n, dicts=False):
    v = []
    for _ in range(n):
        v = {"a": v} if dicts else [v]
    return v


def deepest(dicts=False):
    lo, hi = 1, 3000
    while lo < hi:
        mid = (lo + hi) // 2
        try:
            json.dumps(nest(mid, dicts))
            lo = mid + 1
        except RecursionError:
            hi = mid
    return lo


def deeper(k, dicts=False):
    return deepest(dicts) if k == 0 else deeper(k - 1, dicts)


print(deepest(), deepest(True), deeper(10), deeper(25, True))
try:
    json.dumps(nest(5000))
except RecursionError as e:
    print(e)
sys.setrecursionlimit(1500)
print(deepest())
print(sys.getrecursionlimit(), len(json.dumps(nest(300))))
