# expect: type=SyntaxError line=4
import asyncio
def main(lock):
    async with lock:
        pass
