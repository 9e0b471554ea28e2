# expect: type=SyntaxError line=3
# := in a comprehension iterable expression
values = [x for x in (source := [1, 2])]
