# expect: type=SyntaxError|NotImplementedError line=2|3 py=ok
async def main():
    await main()
