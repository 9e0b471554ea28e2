# expect: type=SyntaxError line=5 py=ok
class Grid:
    def __getitem__(self, key):
        return key
print(Grid()[1:2, 3])
