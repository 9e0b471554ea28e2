# expect: type=ValueError line=4
# pprint: a width that is no number.
import pprint
pprint.pprint([1], width="wide")
