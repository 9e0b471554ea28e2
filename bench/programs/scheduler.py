# Task-scheduler simulation: packets travel in linked lists between task
# control blocks (one subclass per kind of task), a priority scheduler picks
# the first runnable task on every tick. Methods and attributes everywhere.


class Packet:
    def __init__(self, serial):
        self.link = None
        self.sender = -1
        self.kind = serial % 2
        self.value = serial
        self.data = [serial, serial + 1, serial + 2, serial + 3]

    def append_to(self, queue):
        # Returns the queue with this packet at its end.
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, sched, ident, priority):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = None
        self.held = False
        self.runs = 0
        self.next = None

    def runnable(self):
        return not self.held and self.queue is not None

    def take(self):
        p = self.queue
        self.queue = p.link
        p.link = None
        return p

    def send(self, packet, dest):
        packet.sender = self.ident
        dest.queue = packet.append_to(dest.queue)
        self.sched.sends += 1

    def step(self):
        self.runs += 1
        packet = self.take() if self.queue is not None else None
        self.run(packet)


class Producer(Task):
    def __init__(self, sched, ident, priority, pool):
        Task.__init__(self, sched, ident, priority)
        self.job = 0
        for serial in range(pool):
            self.queue = Packet(serial).append_to(self.queue)

    def run(self, packet):
        self.job += 1
        job = self.job
        packet.kind = (job * 7 >> 2) % 2
        packet.value = job
        d = packet.data
        for i in range(4):
            d[i] = (job * (i + 3) + d[i]) % 997
        self.send(packet, self.sched.router)


class Router(Task):
    def __init__(self, sched, ident, priority):
        Task.__init__(self, sched, ident, priority)
        self.workers = []
        self.routed = [0, 0]

    def run(self, packet):
        self.routed[packet.kind] += 1
        self.send(packet, self.workers[packet.kind])


class Worker(Task):
    def __init__(self, sched, ident, priority, device, factor):
        Task.__init__(self, sched, ident, priority)
        self.device = device
        self.factor = factor

    def run(self, packet):
        acc = packet.value
        d = packet.data
        for i in range(4):
            acc = (acc * self.factor + d[i]) % 1009
            d[i] = acc
        packet.value = acc
        self.send(packet, self.device)


class Device(Task):
    def __init__(self, sched, ident, priority):
        Task.__init__(self, sched, ident, priority)
        self.pending = None
        self.done = 0

    def runnable(self):
        return not self.held and (self.queue is not None or self.pending is not None)

    def run(self, packet):
        if packet is not None:
            # Keep it until the idle task releases this device.
            self.pending = packet
            self.held = True
            return
        p = self.pending
        self.pending = None
        self.done += 1
        s = self.sched
        s.checksum = (s.checksum * 31 + p.value + p.data[3]) % 1000000007
        self.send(p, s.producer)


class Idle(Task):
    def __init__(self, sched, ident, priority, seed):
        Task.__init__(self, sched, ident, priority)
        self.seed = seed
        self.devices = []
        self.spins = 0

    def runnable(self):
        return True

    def run(self, packet):
        self.seed = (self.seed * 1103515245 + 12345) % 2147483648
        dev = self.devices[(self.seed >> 16) % 2]
        if dev.held:
            dev.held = False
        else:
            self.spins += 1


class Scheduler:
    def __init__(self):
        self.head = None
        self.ticks = 0
        self.sends = 0
        self.checksum = 0
        self.tasks = []

    def add(self, task):
        # Keeps the task list sorted by falling priority.
        self.tasks.append(task)
        if self.head is None or task.priority > self.head.priority:
            task.next = self.head
            self.head = task
            return task
        t = self.head
        while t.next is not None and t.next.priority >= task.priority:
            t = t.next
        task.next = t.next
        t.next = task
        return task

    def build(self, pool, seed):
        idle = self.add(Idle(self, 0, 0, seed))
        self.producer = self.add(Producer(self, 1, 1000, pool))
        self.router = self.add(Router(self, 2, 2000))
        for k in range(2):
            dev = self.add(Device(self, 3 + k, 4000 + k))
            idle.devices.append(dev)
            self.router.workers.append(self.add(Worker(self, 5 + k, 3000 + k, dev, 17 + 6 * k)))

    def run(self, ticks):
        while self.ticks < ticks:
            t = self.head
            while not t.runnable():
                t = t.next
            t.step()
            self.ticks += 1


s = Scheduler()
s.build(6, 12345)
s.run(1000000)
print(s.ticks, s.sends, s.checksum, ' '.join(str(t.runs) for t in s.tasks))
