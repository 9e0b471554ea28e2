# reprlib: Repr's limits on every container, strs and ints, a changed
# fill value, dispatch to a subclass's repr_<type>, recursive_repr.
import reprlib, collections
print(reprlib.repr(list(range(100))), reprlib.repr(tuple(range(3))), reprlib.repr((1,)), reprlib.repr(()))
print(reprlib.repr(set(range(50))), reprlib.repr(frozenset('abcdefghij')), reprlib.repr(set()), reprlib.repr(frozenset()))
print(reprlib.repr({i: str(i) * 3 for i in range(10)}), reprlib.repr({}), reprlib.repr({'b': 1, 2: 'a'}))
print(reprlib.repr('x' * 100), reprlib.repr('short'), reprlib.repr('a\nb' * 20), reprlib.repr("it's" * 10))
print(reprlib.repr(2 ** 200), reprlib.repr(-(10 ** 50)), reprlib.repr(12345))
print(reprlib.repr(collections.deque(range(20))), reprlib.repr(collections.deque()))
print(reprlib.repr([[[[[[[[1]]]]]]]]), reprlib.repr([[[[[[[[]]]]]]]]), reprlib.repr({'a': {'b': {'c': {'d': {'e': {'f': {'g': 1}}}}}}}))
print(reprlib.repr(3.14159), reprlib.repr(None), reprlib.repr(True), reprlib.repr(b'x' * 50))
class Big:
    def __repr__(self): return 'Big(' + 'z' * 60 + ')'
class Broken:
    def __repr__(self): raise RuntimeError('nope')
print(reprlib.repr(Big()), reprlib.repr([Big()]))
print(reprlib.repr(Broken()).startswith('<Broken instance at 0x'))
r = reprlib.Repr()
r.maxlist = 2; r.maxstring = 10; r.maxlevel = 2; r.maxdict = 1; r.maxlong = 8; r.maxother = 12; r.fillvalue = '~~'; r.maxtuple = 3; r.maxset = 1; r.maxfrozenset = 2; r.maxdeque = 1
print(r.repr(list(range(10))), r.repr('abcdefghijklmnop'), r.repr([[[1]]]), r.repr({1: 2, 3: 4}), r.repr(10 ** 20), r.repr(Big()))
print(r.repr((1, 2, 3, 4)), r.repr({5, 6, 7}), r.repr(frozenset({1, 2, 3})), r.repr(collections.deque([1, 2])))
r.maxstring = 2; print(r.repr('abcdef')); r.maxstring = 0; print(r.repr('abcdef')); r.maxlong = 3; print(r.repr(123456))
print(r.repr({1, 'a'}), reprlib.repr({1: 'a', 'b': 2, None: 3}))
class MyRepr(reprlib.Repr):
    def repr_Big(self, x, level): return 'BIG'
print(MyRepr().repr([Big(), 1]))
class Tree:
    def __init__(self): self.kids = []
    @reprlib.recursive_repr()
    def __repr__(self):
        'doc of repr'
        return 'Tree(%r)' % (self.kids,)
t = Tree(); t.kids.append(t); t.kids.append(Tree())
print(repr(t), Tree.__repr__.__name__, Tree.__repr__.__doc__, Tree.__repr__.__qualname__)
class T2(list):
    @reprlib.recursive_repr('<self>')
    def __repr__(self): return 'T2' + list.__repr__(self)
x = T2([1]); x.append(x); print(repr(x))
print(reprlib.__all__, reprlib.aRepr.maxlevel)
