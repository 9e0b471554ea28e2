# expect: type=SyntaxError line=2
s = f'{1 + 2'
