# With separate globals and locals, code runs like a class body: names are
# stored in locals, read from locals then globals, and functions it defines
# see only the globals (CPython's semantics).
g = {'shared': 'G'}
l = {'shared': 'L'}
exec('a = shared\ndef f():\n    return shared\nb = f()', g, l)
print(l['a'], l['b'], sorted(l))
exec('global gv\ngv = 5\nlv = 6', g, l)
print(g['gv'], l['lv'], 'lv' in g, 'gv' in l)
exec('del lv', g, l)
print('lv' in l)


class Recorder(dict):
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, v)


rec = Recorder()
exec('p = 1\nq = p + 1', {}, rec)
print(dict(rec))
