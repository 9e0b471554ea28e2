# expect: type=RecursionError line=4 py=RecursionError
class G:
    def __getattr__(self, name):
        return self.missing
G().x
