# match: every pattern kind on builtins, enums, dataclasses, namedtuples and
# user classes; match and case as ordinary names; a command parser.
from dataclasses import dataclass
from collections import namedtuple, deque
from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2

@dataclass
class Point:
    x: int
    y: int = 0

P2 = namedtuple("P2", "a b")

class Plain:
    def __init__(self, a, b):
        self.a, self.b = a, b

class WithArgs(Plain):
    __match_args__ = ("a", "b")

def describe(v):
    match v:
        case None:
            return "none"
        case True:
            return "true"
        case 0 | 1:
            return f"small {v}"
        case -1:
            return "minus one"
        case -1+2j:
            return "complex"
        case "hello" | "hi" as greet:
            return f"greet {greet}"
        case Color.RED:
            return "red"
        case [] :
            return "empty seq"
        case [x]:
            return f"one {x}"
        case [1, *rest]:
            return f"starts with 1, rest {rest}"
        case (a, b, *_, z) if a == b:
            return f"eq head {a} tail {z}"
        case [a, b, *mid, z]:
            return f"long {a} {b} {mid} {z}"
        case {"k": val, 1: w, **others}:
            return f"map {val} {w} {others}"
        case {"type": "pt", "x": int(x) | float(x)}:
            return f"pt {x}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x, y=yy) if x > 10:
            return f"far point {x} {yy}"
        case Point(x, y):
            return f"point {x} {y}"
        case P2(a, b):
            return f"p2 {a} {b}"
        case WithArgs(a, b=bb):
            return f"withargs {a} {bb}"
        case Plain(a=aa):
            return f"plain {aa}"
        case str() as s:
            return f"other str {s!r}"
        case int(n) | float(n):
            return f"number {n}"
        case _:
            return "other"

for v in [None, True, 0, 1, -1, -1+2j, "hello", "hi", Color.RED, Color.GREEN, [], (), [5], (7,),
          [1, 2, 3], (2, 2, 9, 8), [3, 4, 5, 6], range(3), deque([1, 9]), {"k": 1, 1: 2, "z": 3},
          {"type": "pt", "x": 2.5}, {"type": "pt", "x": "no"}, Point(0, 0), Point(11, 3), Point(1, 2),
          P2(8, 9), WithArgs(5, 6), Plain(1, 2), "abc", 42, 3.5, object, b"ab", {1, 2}]:
    shown = v.__name__ if isinstance(v, type) else type(v).__name__ if isinstance(v, Plain) else repr(v)
    print(shown, "->", describe(v))

match = 5
print(match)
def match(x): return x * 2
print(match(4))
match = [10, 20]
print(match[1])
case = 3
print(case)

# bindings visible after, module level
match (1, 2):
    case (first, second):
        pass
print(first, second)

def f():
    total = 0
    for cmd in ["go north", "go south", "look", "quit now", "drop sword shield", ""]:
        match cmd.split():
            case ["go", direction]:
                print("going", direction)
            case ["look"]:
                print("looking")
            case ["drop", *objs]:
                print("dropping", objs)
            case ["quit" | "exit", *_]:
                print("bye")
                break
            case _:
                print("unknown", cmd)
        total += 1
    return total
print(f())

def g():
    y = None
    def inner(v):
        nonlocal y
        match v:
            case [y, *_]:
                pass
    inner([7, 8])
    return y
print(g())

class C:
    match 3:
        case int(q):
            attr = q * 2
print(C.attr, C.q)

match 1, 2:
    case a, b:
        print("tuple subject", a, b)
match "abc":
    case [*chars]:
        print("str is a seq?!")
    case _:
        print("str is not a sequence")
x = 5
match x:
    case 1:
        print("one")
print("no case matched, fine")
match {"a": 1}:
    case {}:
        print("empty mapping pattern matches any mapping")
match True:
    case 1:
        print("True == 1")
match 1:
    case True:
        print("wrong")
    case _:
        print("1 is not True")
match 1.0:
    case 1:
        print("1.0 == 1")
