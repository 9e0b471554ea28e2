# string.Formatter: the parser, field lookup, conversions and subclassing
import string

f = string.Formatter()
print(f.format('{0}, {1}!', 'Hello', 'world'))
print(f.format('{} + {} = {}', 1, 2, 3))
print(f.format('{name:>8}|{0:<4}|', 7, name='gil'))
print(f.format('{0!r} {0!s} {0!a}', 'é'))
print(f.format('{0[1]} {0[x]} {1.real}', {1: 'one', 'x': 'ex'}, 3 + 4j))
print(f.format('{0:{1}.{2}f}', 3.14159, 10, 2))
print(f.format('{:{}}|', 'ab', 5))
print(f.format('{{literal}} {0}', 1))
print(f.vformat('{a}-{b}', (), {'a': 1, 'b': 2}))
for s in ['a{0!r:>5}b', 'a{{b', 'x}}y', '{0}', '', 'plain', '{0:{1}}', '{a.b[c]}', '{!s}']:
    print(repr(s), list(f.parse(s)))
print(f.get_field('0.real', (5,), {}))
print(f.get_field('k[2]', (), {'k': 'abcd'}))
print(f.get_value(0, ('v',), {}), f.get_value('k', (), {'k': 'w'}))
print(f.convert_field(1, None), f.convert_field('x', 'r'))
print(f.format_field(255, '#x'))

for bad in ['{', '}', 'a{0', '{0!}', '{0!rx}', '{0:{', '{0[}', '{0]x}', '{0.}', '{0}{}',
            '{}{0}', '{0!z}', '{{0}', '{0:{1:{2:{3}}}}']:
    try:
        print(repr(f.format(bad, 1, 2, 3, 4)))
    except (ValueError, IndexError, KeyError) as e:
        print(repr(bad), type(e).__name__, e)
try:
    f.format('{5}', 1)
except IndexError as e:
    print('IndexError', e)
try:
    f.format('{missing}')
except KeyError as e:
    print('KeyError', e)


class Strict(string.Formatter):
    # the docs' example: complain about arguments never used
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - used_args
        unused |= set(range(len(args))) - used_args
        if unused:
            raise ValueError(f'unused: {sorted(unused, key=str)}')


print(Strict().format('{0} {x}', 1, x=2))
try:
    Strict().format('{0}', 1, 2, y=3)
except ValueError as e:
    print(e)


class Defaulting(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, f'<{key}>')
        return super().get_value(key, args, kwargs)

    def convert_field(self, value, conversion):
        if conversion == 'u':
            return str(value).upper()
        return super().convert_field(value, conversion)

    def format_field(self, value, format_spec):
        if format_spec == 'stars':
            return f'*{value}*'
        return super().format_field(value, format_spec)


d = Defaulting()
print(d.format('{a} {b!u} {0:stars} {c:>6}', 'p', a='A', b='bee'))
