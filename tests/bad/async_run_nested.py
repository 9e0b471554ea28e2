# expect: type=RuntimeError line=8
import asyncio
async def inner():
    return 1
async def main():
    c = inner()
    try:
        return asyncio.run(c)
    finally:
        c.close()
asyncio.run(main())
