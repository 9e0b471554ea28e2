# expect: type=TypeError line=5
class I:
    def __index__(self):
        return 2.0
print([1, 2, 3][I()])
