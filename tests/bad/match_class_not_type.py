# expect: type=TypeError line=4
f = len
match 3:
    case f():
        pass
