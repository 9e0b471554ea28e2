# expect: type=ValueError
import operator


class Neg:
    def __length_hint__(self):
        return -2


operator.length_hint(Neg())
