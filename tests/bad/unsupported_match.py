# expect: type=SyntaxError|NotImplementedError line=3|4 py=ok
x = 1
match x:
    case 1:
        print("one")
