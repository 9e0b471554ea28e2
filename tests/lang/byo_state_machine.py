# A traffic-light and a vending-machine state machine with Enum: members
# with values and methods, a transition table keyed by (state, event),
# Flag permissions combined with | and tested with in, IntEnum comparisons,
# unique, _missing_ and iteration over members.
from enum import Enum, Flag, IntEnum, auto, unique


@unique
class Light(Enum):
    RED = 30
    GREEN = 25
    YELLOW = 5

    def next(self):
        order = list(Light)
        return order[(order.index(self) + 1) % len(order)]

    @property
    def seconds(self):
        return self.value


t, timeline = 0, []
light = Light.RED
while t < 120:
    timeline.append(f"{t:3d}s {light.name}")
    t += light.seconds
    light = light.next()
print("\n".join(timeline))


class State(Enum):
    IDLE = auto()
    HAS_COIN = auto()
    VENDING = auto()

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None


TRANSITIONS = {
    (State.IDLE, "coin"): State.HAS_COIN,
    (State.HAS_COIN, "push"): State.VENDING,
    (State.HAS_COIN, "refund"): State.IDLE,
    (State.VENDING, "done"): State.IDLE,
}


def run(events, state=State.IDLE):
    for ev in events:
        new = TRANSITIONS.get((state, ev))
        print(f"{state.name:>8} --{ev}--> {new.name if new else 'ignored'}")
        state = new or state
    return state


print(run(["push", "coin", "coin", "push", "done", "coin", "refund"]))
print(State("idle"), State(2), State.VENDING.value)
try:
    State(99)
except ValueError as e:
    print("ValueError:", e)


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    RW = READ | WRITE


mode = Perm.READ | Perm.WRITE
print(mode, mode == Perm.RW, Perm.WRITE in mode, Perm.EXEC in mode, bool(Perm.READ & Perm.EXEC))
print([p.name for p in Perm], Perm(5), ~Perm.READ)


class Severity(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10


alerts = [("disk", Severity.HIGH), ("cpu", Severity.LOW), ("mem", Severity.MEDIUM)]
print(sorted(alerts, key=lambda a: a[1], reverse=True))
print([name for name, sev in alerts if sev >= Severity.MEDIUM], Severity.HIGH + 1, Severity(5).name)
print(len(Light), Light["GREEN"], Light(5), Light.RED in Light, repr(Light.YELLOW), f"{Light.RED}", str(Severity.LOW))
