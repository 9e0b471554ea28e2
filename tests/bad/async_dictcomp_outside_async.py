# expect: type=SyntaxError line=3
# An async dict comprehension at module level.
d = {x: x async for x in y}
