# An event bus with the observer pattern: subscribers as functions, bound
# methods and callable objects; decorators registering handlers by event
# name; priorities; unsubscribe; class-level registries through
# __init_subclass__; a plugin system keyed by class attributes.
from collections import defaultdict


class EventBus:
    def __init__(self):
        self._handlers = defaultdict(list)

    def on(self, event, priority=0):
        def deco(fn):
            self.subscribe(event, fn, priority)
            return fn
        return deco

    def subscribe(self, event, fn, priority=0):
        self._handlers[event].append((priority, len(self._handlers[event]), fn))
        self._handlers[event].sort(key=lambda h: (-h[0], h[1]))

    def unsubscribe(self, event, fn):
        self._handlers[event] = [h for h in self._handlers[event] if h[2] != fn]

    def emit(self, event, **payload):
        results = []
        for _, _, fn in self._handlers.get(event, []):
            results.append(fn(**payload))
        return results


bus = EventBus()


@bus.on("order.created")
def send_email(order_id, total):
    return f"email for #{order_id}"


@bus.on("order.created", priority=10)
def reserve_stock(order_id, total):
    return f"stock reserved for #{order_id}"


class Audit:
    def __init__(self):
        self.entries = []

    def record(self, **payload):
        self.entries.append(sorted(payload.items()))
        return "audited"


class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self, **payload):
        self.n += 1
        return f"count={self.n}"


audit, counter = Audit(), Counter()
bus.subscribe("order.created", audit.record, priority=5)
bus.subscribe("order.created", counter)
print(bus.emit("order.created", order_id=1, total=9.5))
bus.unsubscribe("order.created", send_email)
print(bus.emit("order.created", order_id=2, total=20))
print(audit.entries, counter.n, bus.emit("nothing"))


class Plugin:
    registry = {}

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry[name or cls.__name__.lower()] = cls

    def run(self, text):
        raise NotImplementedError


class Upper(Plugin):
    def run(self, text):
        return text.upper()


class Reverse(Plugin, name="rev"):
    def run(self, text):
        return text[::-1]


class Shout(Upper, name="shout"):
    def run(self, text):
        return super().run(text) + "!"


print(sorted(Plugin.registry))
pipeline = ["upper", "rev", "shout"]
text = "gil"
for name in pipeline:
    text = Plugin.registry[name]().run(text)
print(text)
try:
    Plugin().run("x")
except NotImplementedError:
    print("base plugin is abstract")
