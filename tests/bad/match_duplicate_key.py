# expect: type=SyntaxError line=3
match {}:
    case {'a': 1, 'a': 2}:
        pass
