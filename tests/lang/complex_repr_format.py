# repr, str and format() of complex, with CPython's format-spec rules.
nan, inf = float('nan'), float('inf')
vals = [1 + 2j, 2j, -2j, complex(-0.0, -1), complex(nan, inf), 1e20j, complex(1e20, -1e-20), 0j,
        complex(-0.0, 0), complex(0, -0.0), complex(1.5, nan), complex(-inf, -inf), 0.1 + 0.2j,
        complex(1e16, 1e15), complex(123.0, -456.0), complex(-nan, -nan)]
for z in vals:
    print(repr(z), str(z), format(z), f"{z}", f"{z!r:>30}", [z])
for spec in ['', '>20', '<20', '^20', '*^24', '+', ' ', '-', '.2f', '+.3e', '10.2g', 'g', 'G', 'E', 'f',
             'F', '.0f', '#.0f', '#g', 'n', '.3', '.10', ',.2f', '_.1f', 'z.1f', '+z.1f', '20', '#']:
    print(repr(spec), [format(z, spec) for z in (1 + 2j, -1.5 - 0.25j, 2j, complex(-0.0, -0.0),
                                                  12345.678 + 9876.5j, complex(nan, -inf))])
for spec in ['=10', '010', '0<10', 'd', '%', 'x', 's', 'c', ',d', '.2%']:
    try:
        print(format(1 + 2j, spec))
    except ValueError as e:
        print('ValueError', e)
print("{:>12} {:+.1f} {:^11.2e}".format(1j, 3 - 4j, -0.5j))
print('%s %r' % (1 + 1j, -1j))
