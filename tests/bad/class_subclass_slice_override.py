# expect: type=TypeError line=5 py=ok
class L(list):
    def __getitem__(self, i):
        return super().__getitem__(i)
print(L([1, 2, 3])[0:2])
