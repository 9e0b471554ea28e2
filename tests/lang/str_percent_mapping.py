# printf-style formatting with a mapping: '%(name)s' % {...}, as older
# programs build their report lines; a mapping argument may leave keys
# unused, and %% and flags work beside the keys.
from collections import defaultdict


class Env:
    def __getitem__(self, key):
        return len(key)


row = {'name': 'ann', 'score': 91.456, 'n': 7, 'unused': None}
print('%(name)-6s|%(score)8.2f|%(n)03d|%(n)x|%(name)r|100%%' % row)
print('%(a(b))s and %(name)s' % {'a(b)': 'nested', 'name': 'x'})
print('%(abc)d %(z)d' % Env(), 'plain' % {}, 'plain' % [], '%s' % {'k': 1})
counts = defaultdict(int, hits=3)
print('%(hits)d hits, %(misses)d misses' % counts)
for template, arg in [('%(k)s', {}), ('%(k)s', ('t',)), ('%(k)s', 5), ('%(k', {'k': 1}),
                      ('%s %s', {'a': 1}), ('plain', 5), ('%(k)q', {'k': 1}), ('%s', (1, 2))]:
    try:
        print(repr(template % arg))
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
