# str.format: automatic and explicit positions, keywords, specs, brace escapes.
print('{} {}'.format('a', 'b'), '{1} {0}'.format('a', 'b'), '{0}{0}'.format('x'), '{name}!'.format(name='gil'))
print('{:>6}|{:<6}|{:^6}|'.format('r', 'l', 'c'), '{:08.3f}'.format(3.14159), '{:,}'.format(1234567))
print('{:d} {:x} {:b} {:o} {:e} {:%}'.format(42, 255, 5, 8, 12345.678, 0.25))
print('{{}} {{{}}}'.format('in braces'), '{!r} {!s}'.format('q', 'q'), '{0!r:>8}'.format('x'))
print('{} {}'.format(1.5, [1, 2]), '{}'.format(None), '{}'.format(2**70), '{:.1f}'.format(2.25))
print('{a} {b} {a}'.format(a=1, b=2), '{0} {x}'.format('pos', x='kw'), '{:{w}}|'.format('z', w=4))
print('{:.2%} {:+.1e} {:g}'.format(0.12345, -12345.6789, 0.00001))
print('no fields'.format(), '{}'.format(''), '{:>3}'.format(True), '{}'.format(True))
print('{:_} {:>10,.2f}'.format(10**10, 1234567.891))
try:
    '{} {}'.format('only one')
except IndexError as e:
    print('IndexError', e)
try:
    '{missing}'.format(present=1)
except KeyError as e:
    print('KeyError', e)
