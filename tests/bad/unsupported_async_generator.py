# expect: type=SyntaxError|NotImplementedError line=3 py=ok
async def ticks(n):
    yield n
print(1)
