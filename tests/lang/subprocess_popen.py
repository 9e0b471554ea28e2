# subprocess.Popen: pipes as file objects, communicate, poll, wait with a
# timeout, kill and terminate (and the child reaped), the context manager.
import subprocess
import time

p = subprocess.Popen(['echo', 'popen'], stdout=subprocess.PIPE)
print(type(p.pid).__name__, p.pid > 0, p.args)
print(p.stdout.read(), p.wait(), p.returncode, p.poll())
p.stdout.close()

with subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as p:
    p.stdin.write('line 1\nline 2\n')
    p.stdin.close()
    print([line for line in p.stdout])
print(p.returncode)

p = subprocess.Popen(['sh', '-c', 'cat; echo err >&2; exit 9'], stdin=subprocess.PIPE,
                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
print(p.communicate(b'to cat\n'), p.returncode)
print(repr(p))

p = subprocess.Popen(['sleep', '10'])
print(p.poll())
try:
    p.wait(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e, e.timeout, e.cmd, e.output)
p.terminate()
print(p.wait())
p.kill()  # already reaped: does nothing
print(p.poll())

p = subprocess.Popen(['sh', '-c', 'echo early; exec sleep 10'], stdout=subprocess.PIPE)
try:
    p.communicate(timeout=0.3)
except subprocess.TimeoutExpired as e:
    print(e, e.output)
p.kill()
out, err = p.communicate()
print(out, err, p.returncode)

try:
    subprocess.run(['sleep', '10'], timeout=0.2)
except subprocess.TimeoutExpired as e:
    # the timeout reported is what was left of it when the wait began
    print(type(e).__name__, e.cmd, 0 < e.timeout <= 0.2, e.stdout, e.stderr)
try:
    subprocess.run(['sh', '-c', 'echo so far; exec sleep 10'], capture_output=True, timeout=0.3)
except subprocess.TimeoutExpired as e:
    print(e, e.stdout, e.stderr)
try:
    subprocess.call(['sleep', '10'], timeout=0.1)
except subprocess.TimeoutExpired as e:
    print('call:', e)

with subprocess.Popen(['sleep', '10']) as p:
    p.send_signal(9)
print(p.returncode)
try:
    subprocess.check_call(['sh', '-c', 'kill -9 $$'])
except subprocess.CalledProcessError as e:
    print(e, e.returncode)

p = subprocess.Popen(['sh', '-c', 'read x; echo got $x'], stdin=subprocess.PIPE,
                     stdout=subprocess.PIPE, universal_newlines=True)
print(p.communicate('value\n'))
p = subprocess.Popen(['cat'], stdout=subprocess.PIPE)
print(p.communicate(), p.returncode)
start = time.monotonic()
print(subprocess.run(['true']).returncode, time.monotonic() - start < 5)
