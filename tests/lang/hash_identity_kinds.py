# which built-in objects hash by identity and which are unhashable, as CPython
import threading
def g():
    yield 1
class C:
    pass
kinds = [('list_iterator', lambda: iter([])), ('str_iterator', lambda: iter('ab')),
         ('tuple_iterator', lambda: iter(())), ('generator', g), ('dict_values', lambda: {}.values()),
         ('enumerate', lambda: enumerate([])), ('zip', lambda: zip()), ('map', lambda: map(str, [])),
         ('filter', lambda: filter(None, [])), ('reversed', lambda: reversed([1])),
         ('range_iterator', lambda: iter(range(3))), ('dict_keyiterator', lambda: iter({})),
         ('set_iterator', lambda: iter(set())), ('bytes_iterator', lambda: iter(b'ab')),
         ('function', lambda: g), ('builtin', lambda: len), ('class', lambda: C),
         ('instance', C), ('type', lambda: int), ('object', object), ('None', lambda: None),
         ('Ellipsis', lambda: ...), ('module', lambda: threading), ('exception', ValueError),
         ('NotImplemented', lambda: NotImplemented), ('lock', threading.Lock),
         ('dict_keys', lambda: {}.keys()), ('dict_items', lambda: {}.items()),
         ('slice', lambda: slice(1, 2)), ('list', list), ('dict', dict), ('set', set)]
for name, make in kinds:
    obj = make()
    try:
        h = hash(obj)
        print(name, 'hashable', h == hash(obj), {obj: 1}[obj])
    except TypeError as e:
        print(name, 'TypeError', e)
it = iter([1, 2])
seen = {it: 'first'}
print(seen[it], it in seen, iter([1, 2]) in seen)
print(iter([]).__hash__ is None, {}.values().__hash__ is None, {}.keys().__hash__ is None)
gen = g()
print(gen.__hash__() == hash(gen), [].__hash__ is None, slice(1).__hash__ is None)
