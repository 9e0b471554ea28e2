# match: guards with :=, match in generators and loops (break/continue/
# return from a case), nested match, non-sequences, bytes and float literals.
import enum

class K(enum.Enum):
    A = "a"
    B = "b"

def kind(v):
    match v:
        case b"raw":
            return "bytes"
        case -2.5:
            return "neg float"
        case "ab" "cd":
            return "concat"
        case 0x10:
            return "hex sixteen"
        case {K.A: x, K.B: [*ys]}:
            return f"enum keys {x} {ys}"
        case [a, b] if (s := a + b) > 10:
            return f"big sum {s}"
        case [_, _]:
            return "pair"
        case _:
            return f"other {type(v).__name__}"

for v in [b"raw", -2.5, "abcd", 16, {K.A: 1, K.B: (2, 3)}, [5, 6], [5, 9], iter([1, 2]),
          {1, 2}, {1: 2, 3: 4}, "xy", bytearray(b"xy"), (x for x in [1, 2])]:
    print(kind(v))

def gen(items):
    for it in items:
        match it:
            case int(n) if n < 0:
                continue
            case int(n):
                yield n * 10
            case str() as s:
                match s.split("="):
                    case [k, v]:
                        yield (k, v)
                    case _:
                        yield s
            case None:
                return
print(list(gen([1, -2, "a=b", "c", 3, None, 4])))

def first_pair(rows):
    for row in rows:
        match row:
            case (x, y):
                return x, y
            case _:
                pass
    return None
print(first_pair([1, (2,), (3, 4), (5, 6)]))

class Node:
    __match_args__ = ("left", "right")
    def __init__(self, left=None, right=None):
        self.left, self.right = left, right

def depth(t):
    match t:
        case Node(l, r):
            return 1 + max(depth(l), depth(r))
        case _:
            return 0
print(depth(Node(Node(Node()), Node())))

class OnlyA:
    a = 1
match OnlyA():
    case OnlyA(b=_):
        print("wrong")
    case OnlyA(a=1):
        print("missing attribute fails the pattern")

subject = [1, 2, 3]
match *subject, 4:
    case (1, *mid, 4):
        print("starred subject", mid)

def closure_value():
    LIMIT = K.B
    def check(v):
        match v:
            case K.A:
                return "A"
            case _ if v is LIMIT:
                return "limit"
    return check(K.A), check(K.B)
print(closure_value())

try:
    match {"a": 1}:
        case {"a": 1, **rest} if not rest:
            raise ValueError("in case body")
except ValueError as e:
    print("caught", e)
