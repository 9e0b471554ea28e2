# asyncio producer/consumer: producers at different rates, a bounded Queue
# giving back-pressure, an Event to stop, a Lock around a shared tally,
# async generators and async comprehensions.
import asyncio


async def ticker(name, n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield f"{name}-{i}"


async def producer(name, n, delay, queue):
    async for item in ticker(name, n, delay):
        await queue.put(item)
    return n


async def consumer(queue, tally, lock, stop):
    while not (stop.is_set() and queue.empty()):
        try:
            item = await asyncio.wait_for(queue.get(), timeout=0.02)
        except asyncio.TimeoutError:
            continue
        async with lock:
            prefix = item.split("-")[0]
            tally[prefix] = tally.get(prefix, 0) + 1
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=2)
    tally = {}
    lock = asyncio.Lock()
    stop = asyncio.Event()
    consumers = [asyncio.create_task(consumer(queue, tally, lock, stop)) for _ in range(2)]
    produced = await asyncio.gather(
        producer("temp", 5, 0.002, queue),
        producer("wind", 3, 0.003, queue),
        producer("rain", 4, 0.001, queue),
    )
    await queue.join()
    stop.set()
    await asyncio.gather(*consumers)
    print("produced:", produced, sum(produced))
    print("tally:", sorted(tally.items()))
    squares = [x * x async for x in agen(5)]
    print(squares, {k: v async for k, v in pairs()})


async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def pairs():
    for k in "abc":
        yield k, ord(k)


asyncio.run(main())
