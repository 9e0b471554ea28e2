match = 1
match(x)
match[1]
