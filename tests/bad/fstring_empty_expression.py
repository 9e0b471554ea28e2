# expect: type=SyntaxError line=2
s = f'{}'
