# expect: type=SyntaxError line=4
# := inside a comprehension in a class body (PEP 572)
class Table:
    rows = [(last := r) for r in range(3)]
