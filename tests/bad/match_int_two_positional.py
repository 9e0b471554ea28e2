# expect: type=TypeError line=3
match 3:
    case int(a, b):
        pass
