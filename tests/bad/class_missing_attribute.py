# expect: type=AttributeError line=5
class C:
    def __init__(self):
        self.a = 1
print(C().b)
