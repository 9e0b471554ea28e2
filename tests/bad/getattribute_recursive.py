# expect: type=RecursionError line=4
class Loop:
    def __getattribute__(self, name):
        return self.other
print(Loop().x)
