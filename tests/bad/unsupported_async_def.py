# expect: type=SyntaxError|NotImplementedError line=2 py=ok
async def main():
    pass
print(1)
