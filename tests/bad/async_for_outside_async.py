# expect: type=SyntaxError line=3
def main(it):
    async for x in it:
        print(x)
