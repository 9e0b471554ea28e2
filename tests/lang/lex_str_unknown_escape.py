# Unknown escapes keep their backslash (CPython only warns about them).
s = 'a\qb'
print(len(s), s[1] == '\\', s.replace('\\', '/'))
print(len('\d'), '\d'[0] == '\\', repr('\w'))
print(repr('\%'), repr('\ '))
