# expect: type=ValueError line=4
# pprint: a zero width is refused.
import pprint
pprint.pprint([1, 2], width=0)
