# expect: type=TypeError line=7
# A plain for loop over an async generator.
async def agen():
    yield 1

def main():
    for x in agen():
        print(x)

main()
