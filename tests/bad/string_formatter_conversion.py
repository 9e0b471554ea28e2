# expect: type=ValueError
import string
string.Formatter().format('{0!x}', 1)
