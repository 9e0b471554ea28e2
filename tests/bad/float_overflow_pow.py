# expect: type=OverflowError line=2
x = 10.0 ** 400
