# expect: type=SyntaxError line=7
# An async list comprehension in a plain function.
async def agen():
    yield 1

def f():
    return [x async for x in agen()]
