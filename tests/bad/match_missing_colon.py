# expect: type=SyntaxError line=3
x = 1
match x
    case 1:
        pass
