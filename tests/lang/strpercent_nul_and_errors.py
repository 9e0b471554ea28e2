# printf-style formatting of str and bytes with formats fuzz_formats found
# wrong: a NUL after '%' was taken for a flag (strchr finds the set's
# terminator), '%5%' was a literal '%', and the errors for an unknown
# conversion character, a non-number to %e and a bignum '*' differed.
formats = ['%5%', '%(a)%', '%-%', '%%', '%(a)s%c', 'ab%\u00e9', '%# \x00o', '%-8.2%e|%s',
           '-x%\x001ru\x00b', '%5\x00%#x', '%e', '%*d', '%.*d', '%s %(a)s', '%\x00', '%h\x00d',
           '\u00e9%y', '%\u00e9', '%d%%']
for f in formats:
    for ff in (f, f.encode('utf-8')):
        for a in ((), (1.5,), {'a': 1}, (12345678901234567890, 1), 'x', ({},)):
            try:
                r = repr(ff % a)
            except (TypeError, ValueError, OverflowError, KeyError) as e:
                r = type(e).__name__ + ': ' + repr(str(e))
            print(repr(ff), repr(a), r)
