# expect: type=SyntaxError line=4
x = 1
match x:
    case _:
        pass
    case 1:
        pass
