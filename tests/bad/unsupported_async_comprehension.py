# expect: type=SyntaxError|NotImplementedError line=3 py=ok
async def main(it):
    return [x async for x in it]
print(1)
