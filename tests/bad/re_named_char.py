# expect: type=NotImplementedError line=4 py=ok
# \N{...} escapes need the Unicode name table, which gilpy lacks: named.
import re
print(re.match(r'\N{LATIN SMALL LETTER A}', 'a'))
