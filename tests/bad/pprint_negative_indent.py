# expect: type=ValueError line=4
# pprint: a negative indent is refused.
import pprint
pprint.PrettyPrinter(indent=-1)
