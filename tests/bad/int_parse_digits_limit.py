# expect: type=ValueError line=2
x = int("1" * 5000)
