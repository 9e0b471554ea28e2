# str.upper and str.lower over ASCII text.
for s in ['hello', 'WORLD', 'MiXeD 123 !?', '', 'already lower', 'ALREADY UPPER', 'a_b-c.d', 'x\ty\nZ']:
    print(repr(s), repr(s.upper()), repr(s.lower()), s.upper().lower() == s.lower())
print('abc'.upper() == 'ABC', 'a1b2'.upper(), '_-+'.lower(), 'AbC'.lower().upper())
s = 'keep'
print(s.upper(), s)
