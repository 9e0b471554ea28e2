# expect: type=SyntaxError line=3
match 1:
    case 1j + 1j:
        pass
