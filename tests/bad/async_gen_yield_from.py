# expect: type=SyntaxError line=4
# 'yield from' inside an async function.
async def agen():
    yield from [1, 2]
