# expect: type=SyntaxError line=4
import asyncio
def main():
    await asyncio.sleep(0)
