# expect: type=SyntaxError line=3
match [1, 2]:
    case [*a, *b]:
        pass
