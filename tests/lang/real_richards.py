# An operating-system task scheduler in the manner of the classic Richards
# benchmark: task control blocks, packets queued between tasks, an idle
# task, a worker, two handlers and two devices, run by a priority loop.

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1
BUFSIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, lst):
        self.link = None
        if lst is None:
            return self
        p = lst
        while p.link is not None:
            p = p.link
        p.link = self
        return lst


class Task:
    def __init__(self, sched, ident, prio, wkq, state):
        self.sched = sched
        self.ident = ident
        self.prio = prio
        self.wkq = wkq
        self.held, self.waiting = state
        self.runnable = wkq is not None
        self.link = sched.tasks
        sched.tasks = self
        sched.table[ident] = self

    def ready(self):
        return not self.held and (self.runnable or not self.waiting)

    def add_packet(self, pkt, old):
        if self.wkq is None:
            self.wkq = pkt
            self.runnable = True
            if self.prio > old.prio:
                return self
        else:
            self.wkq = pkt.append_to(self.wkq)
        return old

    def take(self):
        pkt = self.wkq
        self.wkq = pkt.link
        self.runnable = self.wkq is not None
        self.waiting = False
        return pkt


class Scheduler:
    def __init__(self):
        self.tasks = None
        self.table = [None] * 6
        self.queue_count = 0
        self.hold_count = 0
        self.current = None

    def hold_self(self):
        self.hold_count += 1
        self.current.held = True
        return self.current.link

    def wait_self(self):
        self.current.waiting = True
        return self.current

    def release(self, ident):
        t = self.table[ident]
        t.held = False
        return t if t.prio > self.current.prio else self.current

    def send(self, pkt, ident):
        t = self.table[ident]
        self.queue_count += 1
        pkt.link = None
        pkt.ident = self.current.ident
        return t.add_packet(pkt, self.current)

    def schedule(self):
        t = self.tasks
        while t is not None:
            if t.ready():
                self.current = t
                pkt = t.take() if t.runnable and t.wkq is not None else None
                t = t.run(pkt)
            else:
                t = t.link


class IdleTask(Task):
    def __init__(self, sched, count):
        super().__init__(sched, IDLE, 0, None, (False, False))
        self.control = 1
        self.count = count
        self.runnable = True

    def run(self, pkt):
        s = self.sched
        self.count -= 1
        if self.count == 0:
            return s.hold_self()
        if self.control & 1 == 0:
            self.control >>= 1
            return s.release(DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return s.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched, wkq):
        super().__init__(sched, WORKER, 1000, wkq, (False, True))
        self.dest = HANDLER_A
        self.count = 0

    def run(self, pkt):
        s = self.sched
        if pkt is None:
            return s.wait_self()
        self.dest = HANDLER_B if self.dest == HANDLER_A else HANDLER_A
        pkt.ident = self.dest
        pkt.datum = 0
        for i in range(BUFSIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            pkt.data[i] = ord('A') + self.count - 1
        return s.send(pkt, self.dest)


class HandlerTask(Task):
    def __init__(self, sched, ident, wkq):
        super().__init__(sched, ident, 2000 + ident, wkq, (False, True))
        self.work = None
        self.device = None

    def run(self, pkt):
        s = self.sched
        if pkt is not None:
            if pkt.kind == KIND_WORK:
                self.work = pkt.append_to(self.work)
            else:
                self.device = pkt.append_to(self.device)
        if self.work is not None:
            w = self.work
            count = w.datum
            if count < BUFSIZE:
                if self.device is not None:
                    d = self.device
                    self.device = d.link
                    d.datum = w.data[count]
                    w.datum = count + 1
                    return s.send(d, d.ident)
            else:
                self.work = w.link
                return s.send(w, w.ident)
        return s.wait_self()


class DeviceTask(Task):
    def __init__(self, sched, ident):
        super().__init__(sched, ident, 4000 + ident, None, (False, True))
        self.pending = None
        self.log = []

    def run(self, pkt):
        s = self.sched
        if pkt is None:
            if self.pending is None:
                return s.wait_self()
            p, self.pending = self.pending, None
            return s.send(p, p.ident)
        self.pending = pkt
        self.log.append(chr(pkt.datum))
        return s.hold_self()


def build(count):
    s = Scheduler()
    IdleTask(s, count)
    wq = Packet(None, IDLE, KIND_WORK)
    wq = Packet(wq, IDLE, KIND_WORK)
    WorkerTask(s, wq)
    for handler, device in ((HANDLER_A, DEVICE_A), (HANDLER_B, DEVICE_B)):
        q = Packet(None, device, KIND_DEVICE)
        q = Packet(q, device, KIND_DEVICE)
        q = Packet(q, device, KIND_DEVICE)
        HandlerTask(s, handler, q)
    DeviceTask(s, DEVICE_A)
    DeviceTask(s, DEVICE_B)
    return s


for count in (100, 1000, 5000):
    s = build(count)
    s.schedule()
    print(count, s.queue_count, s.hold_count,
          ''.join(s.table[DEVICE_A].log[:12]), ''.join(s.table[DEVICE_B].log[:12]))
