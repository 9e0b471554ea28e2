# Large widths and precisions in format specs and %-formatting: a str's
# precision only cuts, 'g' past a double's 767 digits adds nothing, and
# sizes past the C types are refused with CPython's messages.
for v, f in [(1.0, '.2147483648f'), ('x', '.3000000000'), ('x', '.300000000'), (1, '.300000000'),
             ('x', '.9999999999999999999'), ('x', '.99999999999999999999'), ((1+2j), '.300000000'),
             (2.5, '.2147483647'), (2.5, '.2147483648')]:
    try:
        r = format(v, f)
        print(len(r), r[:10])
    except Exception as e:
        print(type(e).__name__, e)
for v in [1.0, 1e300, 5e-324, 1/3, -2.5e-7, 123456789.0, float('nan'), 1e22]:
    for f in ['.900', '.900g', '.2000G', '.767g', '.766g', '.800', '.300000000', 'g', '.17g', '#.30g']:
        print(format(v, f))
    print(format(complex(v, -v), '.1000'))
for f, a in [("%.2147483647s", "x"), (b"%.2147483647s", b"x"), ("%.2147483647r", "x"), ("%.999999999s", "abc"),
             ("{:.2147483647}", "x"), ("%.2147483647c", "x"), ("%.1000000000g", 0.1), ("%.2147483648g", 0.1)]:
    try:
        print(repr(f.format(a) if f[0] == '{' else f % a))
    except Exception as e:
        print(type(e).__name__, e)
