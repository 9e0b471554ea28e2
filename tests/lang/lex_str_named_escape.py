# \N{name} escapes.
print('\N{LATIN SMALL LETTER E WITH ACUTE}' == '\u00e9')
print('\N{EURO SIGN}', len('\N{EURO SIGN}'), ord('\N{SPACE}'))
print(repr('\N{NO-BREAK SPACE}'))
