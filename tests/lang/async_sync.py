# asyncio.Queue (maxsize, join/task_done, QueueEmpty/QueueFull), Lock,
# Semaphore, Event, Condition and Future: waiters woken in CPython's order.
import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i, q.qsize())
    await q.put(None)

async def consumer(q, name):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        print(name, "got", item)
        await asyncio.sleep(0)
        q.task_done()

async def locked(lock, name, log):
    async with lock:
        log.append(name + " in")
        await asyncio.sleep(0.001)
        log.append(name + " out")

async def sem_worker(sem, i, state):
    async with sem:
        state["active"] += 1
        state["max"] = max(state["max"], state["active"])
        await asyncio.sleep(0.002)
        state["active"] -= 1
    return i

async def waiter(ev, name):
    print(name, "waiting")
    await ev.wait()
    print(name, "released")

async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full())
    await asyncio.gather(producer(q, 5), consumer(q, "c1"))
    await q.join()
    print("joined", q.empty())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q.put_nowait(1)
    q.put_nowait(2)
    try:
        q.put_nowait(3)
    except asyncio.QueueFull:
        print("QueueFull")
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(locked(lock, n, log) for n in "abc"))
    print(log, lock.locked())
    sem = asyncio.Semaphore(2)
    state = {"active": 0, "max": 0}
    print(await asyncio.gather(*(sem_worker(sem, i, state) for i in range(5))), state)
    ev = asyncio.Event()
    ts = [asyncio.create_task(waiter(ev, n)) for n in ("w1", "w2")]
    await asyncio.sleep(0)
    print("setting", ev.is_set())
    ev.set()
    await asyncio.gather(*ts)
    pq = asyncio.PriorityQueue()
    for x in (3, 1, 2):
        pq.put_nowait(x)
    print([pq.get_nowait() for _ in range(3)])
    cond = asyncio.Condition()
    async def cw(n):
        async with cond:
            await cond.wait()
            print("cond woke", n)
    ts = [asyncio.create_task(cw(i)) for i in range(2)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ts)
    fut = asyncio.get_running_loop().create_future()
    print(fut.done(), asyncio.isfuture(fut))
    fut.set_exception(KeyError("k"))
    try:
        await fut
    except KeyError as e:
        print("future raised", repr(e))

asyncio.run(main())
