# expect: type=TypeError line=4
class S(str):
    pass
print(int.__new__(S, 5))
