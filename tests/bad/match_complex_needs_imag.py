# expect: type=SyntaxError line=3
match 1:
    case 1 + x:
        pass
