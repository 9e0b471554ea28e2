# printf-style integers with '0' and a precision pad with zeros after the
# sign and prefix (CPython's rule, not C's); bytes' %i is named %d.
for f in ['%05.3d', '%-05.3d', '%#08.3x', '%+07.2d', '% 06.3o', '%08.3X', '%05.1d', '%03.5d', '%#010.3o', '%0*.*d']:
    for v in (-17, 17, 0):
        a = (7, 3, v) if '*' in f else v
        print(repr(f), v, repr(f % a), repr(f.encode() % a))
for f in ['%i', '%u', '%d', '%x', b'%i', b'%u']:
    for a in ({}, 'x'):
        try:
            f % a
        except TypeError as e:
            print(f, e)
