# asyncio's call_soon_threadsafe on the loop's own thread goes into the ready
# queue at once, in order with call_soon, as CPython's; from another thread
# the callback runs once the loop takes it.
import asyncio
import threading


def cb(tag):
    print('cb', tag)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, 1)
    loop.call_soon_threadsafe(cb, 2)
    loop.call_soon(cb, 3)
    h = loop.call_soon_threadsafe(cb, 'cancelled')
    h.cancel()
    print('before sleep')
    await asyncio.sleep(0)
    print('after sleep 1')
    loop.call_soon_threadsafe(cb, 4)
    await asyncio.sleep(0)
    print('after sleep 2')
    fut = loop.create_future()

    def from_thread():
        loop.call_soon_threadsafe(cb, 'thread')
        loop.call_soon_threadsafe(fut.set_result, 'done')

    t = threading.Thread(target=from_thread)
    t.start()
    print(await fut)
    t.join()

    async def ticker(n):
        for i in range(n):
            print('tick', i)
            loop.call_soon_threadsafe(cb, 'tick %d' % i)
            await asyncio.sleep(0)

    await asyncio.gather(ticker(3), ticker(2))


asyncio.run(main())
