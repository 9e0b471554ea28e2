# expect: type=SyntaxError line=3
# a comprehension variable cannot be an assignment expression target
squares = [i := i * i for i in range(3)]
