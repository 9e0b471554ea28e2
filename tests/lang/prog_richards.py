# A Richards-style operating-system simulation: an idle task, a worker, two
# packet handlers and two devices pass packets through a priority scheduler.

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(1, 7)
KIND_DEVICE, KIND_WORK = 0, 1
BUFSIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, queue):
        """Put this packet at the end of queue; return the new queue head."""
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, sched, ident, priority, queue, waiting):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.input = queue
        self.packet_pending = queue is not None
        self.task_waiting = waiting
        self.task_holding = False
        self.link = sched.task_list
        sched.task_list = self
        sched.tasks[ident] = self

    def held_or_suspended(self):
        return self.task_holding or (not self.packet_pending and self.task_waiting)

    def waiting_with_packet(self):
        return self.packet_pending and self.task_waiting and not self.task_holding

    def run_task(self):
        packet = None
        if self.waiting_with_packet():
            packet = self.input
            self.input = packet.link
            self.packet_pending = self.input is not None
            self.task_waiting = False
        return self.step(packet)

    def add_packet(self, packet, sender):
        if self.input is None:
            self.input = packet
            self.packet_pending = True
            if self.priority > sender.priority:
                return self
        else:
            self.input = packet.append_to(self.input)
        return sender

    # Operations a task's step() ends with: each returns the next task to run.
    def wait(self):
        self.task_waiting = True
        return self

    def hold(self):
        self.sched.hold_count += 1
        self.task_holding = True
        return self.link

    def release(self, ident):
        t = self.sched.tasks[ident]
        t.task_holding = False
        return t if t.priority > self.priority else self

    def send(self, packet):
        target = self.sched.tasks[packet.ident]
        self.sched.packets_sent += 1
        packet.link = None
        packet.ident = self.ident
        return target.add_packet(packet, self)


class IdleTask(Task):
    def __init__(self, sched, count):
        super().__init__(sched, IDLE, 0, None, False)
        self.control = 1
        self.count = count

    def step(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.hold()
        if self.control & 1 == 0:
            self.control //= 2
            return self.release(DEVICE_A)
        self.control = (self.control // 2) ^ 0xD008
        return self.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched, queue):
        super().__init__(sched, WORKER, 1000, queue, True)
        self.destination = HANDLER_A
        self.count = 0

    def step(self, packet):
        if packet is None:
            return self.wait()
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.ident = self.destination
        packet.datum = 0
        for i in range(BUFSIZE):
            self.count = self.count % 26 + 1
            packet.data[i] = ord('A') + self.count - 1
        return self.send(packet)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        super().__init__(sched, ident, priority, queue, True)
        self.work_in = None
        self.device_in = None

    def step(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work_in = packet.append_to(self.work_in)
            else:
                self.device_in = packet.append_to(self.device_in)
        work = self.work_in
        if work is not None:
            count = work.datum
            if count >= BUFSIZE:
                self.work_in = work.link
                return self.send(work)
            dev = self.device_in
            if dev is not None:
                self.device_in = dev.link
                dev.datum = work.data[count]
                work.datum = count + 1
                return self.send(dev)
        return self.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident, priority):
        super().__init__(sched, ident, priority, None, True)
        self.pending = None

    def step(self, packet):
        if packet is None:
            if self.pending is None:
                return self.wait()
            p, self.pending = self.pending, None
            return self.send(p)
        self.pending = packet
        self.sched.trace.append(chr(packet.datum))
        return self.hold()


class Scheduler:
    def __init__(self):
        self.tasks = [None] * 7
        self.task_list = None
        self.hold_count = 0
        self.packets_sent = 0
        self.trace = []

    def run(self):
        t = self.task_list
        while t is not None:
            t = t.link if t.held_or_suspended() else t.run_task()

    def shutdown(self):
        # The tasks and the scheduler refer to each other; gilpy's cycle
        # collector does not free instances yet, so the cycle is cut here.
        self.tasks = []
        self.task_list = None


def packets(ident, kind, n):
    queue = None
    for _ in range(n):
        queue = Packet(queue, ident, kind)
    return queue


def simulate(count):
    s = Scheduler()
    IdleTask(s, count)
    WorkerTask(s, packets(0, KIND_WORK, 2))
    HandlerTask(s, HANDLER_A, 2000, packets(DEVICE_A, KIND_DEVICE, 3))
    HandlerTask(s, HANDLER_B, 3000, packets(DEVICE_B, KIND_DEVICE, 3))
    DeviceTask(s, DEVICE_A, 4000)
    DeviceTask(s, DEVICE_B, 5000)
    s.run()
    s.shutdown()
    return s


for count in (10, 100, 1000, 2000):
    s = simulate(count)
    print(f'count={count}: packets={s.packets_sent} holds={s.hold_count}'
          f' trace={"".join(s.trace[:24])}')
