# expect: type=ZeroDivisionError line=5
# raised in a generator a for loop resumes inline: the traceback names its line
def g(n):
    yield 1
    yield 1 // n
for v in g(0):
    print(v)
