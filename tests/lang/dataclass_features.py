# dataclasses in depth: inheritance, hash rules, field options, asdict
# deep copies, replace, make_dataclass, order, slots, call errors.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, make_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING
from typing import ClassVar, List
import dataclasses


@dataclass
class Base:
    x: int
    y: int = 1


@dataclass
class Child(Base):
    z: int = 2
    y: int = 5


print(Child(0), [f.name for f in fields(Child)], Child(1, 2, 3))


@dataclass(eq=False)
class NoEq:
    a: int


n1 = NoEq(1)
print(n1 == NoEq(1), n1 == n1, '__hash__' in NoEq.__dict__, hash(n1) == hash(n1))


@dataclass(unsafe_hash=True)
class H:
    a: int
    b: str = field(default='b', hash=False)


print(hash(H(1)) == hash(H(1, 'c')), H(1) == H(1, 'c'), {H(1): 1})


@dataclass
class Unhashable:
    a: int


try:
    hash(Unhashable(1))
except TypeError as e:
    print('TypeError:', e)
print(Unhashable.__hash__)


@dataclass(frozen=True)
class F:
    a: int
    b: tuple = ()


f = F(1, (2,))
for action in ('set', 'del'):
    try:
        if action == 'set':
            f.a = 2
        else:
            del f.b
    except FrozenInstanceError as e:
        print(type(e).__name__, e, isinstance(e, AttributeError))
print(f, hash(f) == hash(F(1, (2,))), replace(f, a=7))


@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 0


print(KW(a=1), KW(b=2, a=3))
try:
    KW(1)
except TypeError as e:
    print('TypeError:', e)


@dataclass
class Mixed:
    a: int
    b: int = field(kw_only=True, default=0)
    c: int = 3


print(Mixed(1, 2, b=4), Mixed(1))


@dataclass
class WithFields:
    items: List[int] = field(default_factory=list)
    tags: dict = field(default_factory=dict, repr=False)
    secret: str = field(default='s', repr=False, compare=False)
    hidden: int = field(default=0, init=False)
    meta: int = field(default=1, metadata={'unit': 'cm'})
    total: ClassVar[int] = 0


w1, w2 = WithFields(), WithFields([1])
w1.items.append(3)
print(w1, w2, w1.items is not w2.items, WithFields() == WithFields(secret='t'))
print(fields(WithFields)[4].metadata['unit'], WithFields.total, len(fields(WithFields)))
print(list(WithFields.__dataclass_fields__))


@dataclass
class Post:
    a: int
    b: int = field(init=False)
    factor: InitVar[int] = 2

    def __post_init__(self, factor):
        self.b = self.a * factor


print(Post(3), Post(3, 5), [f.name for f in fields(Post)])
try:
    replace(Post(1), b=2)
except ValueError as e:
    print('ValueError:', e)


@dataclass
class Inner:
    v: list


@dataclass
class Outer:
    name: str
    inner: Inner
    pairs: list
    mapping: dict


o = Outer('o', Inner([1, [2]]), [Inner([3])], {'k': Inner([4]), 'j': (5, 6)})
d = asdict(o)
print(d, astuple(o))
d['inner']['v'].append(9)
print(o.inner.v, d['inner']['v'])
print(asdict(o, dict_factory=lambda kv: sorted(kv)))
print(is_dataclass(Outer), is_dataclass(o), is_dataclass(Inner([])), is_dataclass({}))
for bad in (asdict, astuple, fields, replace):
    try:
        bad(3)
    except TypeError as e:
        print('TypeError:', e)

Pt = make_dataclass('Pt', [('x', int), ('y', int, field(default=0))], order=True)
print(Pt(1), Pt(1) < Pt(2), fields(Pt)[1].default)


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)


vs = [Version(1, 2), Version(0, 9, 'old'), Version(1, 0)]
print(sorted(vs), max(vs), Version(1) <= Version(1, 0, 'x'), Version(2) > Version(1, 99))
try:
    Version(1) < 3
except TypeError as e:
    print('TypeError:', e)


@dataclass
class Custom:
    a: int

    def __repr__(self):
        return 'Custom!'

    def __eq__(self, other):
        return True


print(Custom(1), Custom(1) == 5, Custom.__hash__)


@dataclass(repr=False, init=False)
class Manual:
    a: int = 4


print(Manual().a, Manual() == Manual())


@dataclass
class Tree:
    val: int
    kids: list = field(default_factory=list)


t = Tree(1)
t.kids.append(Tree(2, [t]))
print(t)


@dataclass(slots=True)
class Slotted:
    a: int
    b: int = 2


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, '__dict__'))
try:
    s.c = 3
except AttributeError as e:
    print('AttributeError')


@dataclass
class Self:
    self: int


print(Self(3), Child.__match_args__, dataclasses.MISSING is MISSING)
try:
    Child()
except TypeError as e:
    print('TypeError:', e)
try:
    Child(1, 2, 3, 4)
except TypeError as e:
    print('TypeError:', e)
try:
    Child(1, w=3)
except TypeError as e:
    print('TypeError:', e)


@dataclass
class Documented:
    "Kept."
    a: int


@dataclass
class Signature:
    a: int
    b: str = 'x'
    c: list = field(default_factory=list)
    d: 'Inner' = None
    e: float = field(default=1.0, kw_only=True)
    f: object = None


print(Documented.__doc__)
print(Signature.__doc__)
