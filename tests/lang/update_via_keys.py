from collections import OrderedDict
class M:
    def keys(self): return ['a', 'b']
    def __getitem__(self, k): return k * 2
class D(dict):
    def __setitem__(self, k, v): print('set', k); super().__setitem__(k, v)
d = D(); d.update(M()); print(d)
o = OrderedDict(); o.update(M()); print(o)
class O(OrderedDict):
    def __setitem__(self, k, v): print('oset', k); super().__setitem__(k, v)
x = O(); x.update(M()); print(x)
class Bad:
    def keys(self): return ['z']
    def __getitem__(self, k): raise KeyError(k)
try: {}.update(Bad())
except KeyError as e: print('KeyError', e)
