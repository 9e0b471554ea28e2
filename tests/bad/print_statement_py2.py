# expect: type=SyntaxError line=2
print "hello"
