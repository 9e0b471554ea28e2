# expect: type=ValueError line=4
import random

random.setstate((3, (0,) * 10, None))
