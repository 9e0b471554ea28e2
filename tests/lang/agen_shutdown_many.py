# Several abandoned async generators: shutdown_asyncgens closes them all
# concurrently when asyncio.run ends (in no set order); their finally
# blocks may await.
import asyncio

async def stream(name, log):
    try:
        i = 0
        while True:
            yield f"{name}-{i}"
            i += 1
    finally:
        await asyncio.sleep(0)
        log.append(name)

async def main(log):
    gens = [stream(n, log) for n in ("a", "b", "c")]
    for g in gens:
        print(await g.__anext__())
    finished = stream("finished", log)
    await finished.__anext__()
    await finished.aclose()
    print("main done")
    return gens

log = []
asyncio.run(main(log))
print(sorted(log))
