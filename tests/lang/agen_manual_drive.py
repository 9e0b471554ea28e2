# Without an event loop: driving the __anext__ awaitable by hand with send()
# and throw() shows which values pass through (an await's yields) and which
# end the step (StopIteration carrying the async generator's value).
class Pause:
    def __init__(self, x):
        self.x = x
    def __await__(self):
        got = yield ("paused", self.x)
        return got

async def agen():
    r = await Pause(1)
    print("await result", r)
    yield "first"
    try:
        await Pause(2)
    except ValueError as e:
        print("thrown into the await:", e)
    yield "second"

g = agen()
step = g.__anext__()
print(step.send(None))
try:
    step.send("resumed")
except StopIteration as e:
    print("value", e.value)
step = g.__anext__()
print(step.send(None))
try:
    step.throw(ValueError("boom"))
except StopIteration as e:
    print("value", e.value)
try:
    g.__anext__().send(None)
except StopAsyncIteration:
    print("StopAsyncIteration")
