# str() and repr() of every value type, including string quoting rules.
values = [0, -5, 2**70, 1.5, -0.0, 1e22, float('inf'), True, None, '', 'abc', "it's", 'say "hi"',
          'both \' and "', 'tab\tnl\ncr\r', 'back\\slash', '\x00\x07\x1f\x7f', '\x80\xa0\xff', 'é€',
          '\u200b\u2028', '😀', [], [1, 'a'], (), (1,), ('a', 'b'), {}, {'k': [1, (2,)]}, range(3),
          range(1, 10, 2), [[], [[]]], ['nested "quotes"', "it's"]]
for v in values:
    print(str(v), '|', repr(v))
print(str(), str('already'), str(str(5)), repr(repr(5)), repr(repr('x')))
print(str([1.0, 2.5e-10, 1e100]), str((None, True, False)))
print(repr('\\n'), repr('\''), repr('"'), repr('\'"'))
