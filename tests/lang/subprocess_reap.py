# a Popen dropped while its child runs: the child is reaped by the next
# Popen (CPython's _active), so no zombie is left (counted from /proc).
import os, subprocess, time
def children(state=None):
    me, n = os.getpid(), 0
    for name in os.listdir('/proc'):
        if name.isdigit():
            try:
                with open(f'/proc/{name}/stat') as f:
                    fields = f.read().rsplit(')', 1)[1].split()
            except OSError:
                continue
            n += int(fields[1]) == me and state in (None, fields[0])
    return n
subprocess.Popen(['true'])
subprocess.Popen(['sh', '-c', 'exit 3'])
deadline = time.monotonic() + 20
while children() > children('Z') and time.monotonic() < deadline:
    time.sleep(0.01)  # until both have exited (a busy machine is slow)
subprocess.run(['true'])
print(children())
