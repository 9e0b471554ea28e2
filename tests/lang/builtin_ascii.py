# ascii(): repr with non-ASCII characters escaped, the shortest escape
# that holds each.
class Named:
    def __repr__(self):
        return 'Named(é, 漢, 😀)'


for v in ['plain', 'é', 'ÿ\u0100', '漢字', '\U0001F600', 'mixed é\n\t"\'', ['ü', {'ключ': 'значение'}], ('x',),
          Named(), 1.5, None, 3, '\u0378', '\x7f\x80']:
    print(ascii(v), repr(v) == ascii(v))
print(ascii(ascii('é')), len(ascii('\U0010FFFF')))
try:
    ascii()
except TypeError as e:
    print('TypeError:', e)
try:
    ascii(1, 2)
except TypeError as e:
    print('TypeError:', e)
