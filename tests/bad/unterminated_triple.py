# expect: type=SyntaxError line=3
x = 1
s = """starts here
and goes on
forever
