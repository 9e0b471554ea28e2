# expect: type=SyntaxError line=3 py=ok
# \N{name} escapes need Unicode's name database, which gilpy does not carry.
print('\N{LATIN SMALL LETTER E WITH ACUTE}' == '\u00e9')
print('\N{EURO SIGN}', len('\N{EURO SIGN}'), ord('\N{SPACE}'))
print(repr('\N{NO-BREAK SPACE}'))
