# expect: type=SyntaxError line=4
# A syntax error in exec'd source stops the program at the exec call.
source = "def f(:\n    pass\n"
exec(source)
print("not reached")
