# expect: type=SyntaxError|NotImplementedError line=3 py=ok
async def main(xs):
    return (await x for x in xs)
print(1)
