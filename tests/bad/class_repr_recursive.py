# expect: type=RecursionError line=4 py=RecursionError
class R:
    def __repr__(self):
        return repr(self)
repr(R())
