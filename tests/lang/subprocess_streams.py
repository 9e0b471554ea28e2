# subprocess's streams: sys.stdout and sys.stderr handed to a child, bytes and
# path arguments, argument type errors, reading a child's lines as they
# come, the pipes' file types, decoding errors, communicate's misuse.
import subprocess, sys, pathlib
print('before', flush=True)
subprocess.run(['echo', 'hi'], stdout=sys.stdout)
subprocess.run(['echo', 'to-err'], stdout=sys.stderr)
print(subprocess.run([b'echo', b'bytes'], capture_output=True).stdout)
print(subprocess.run([pathlib.Path('/bin/echo'), pathlib.Path('p')], capture_output=True).stdout)
for bad in ([1, 2], ['echo', None]):
    try:
        subprocess.run(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    subprocess.run(['true'], env={'A': 1})
except TypeError as e:
    print('TypeError', e)
p = subprocess.Popen(['sh', '-c', 'for i in 1 2 3; do echo line $i; done'], stdout=subprocess.PIPE, text=True)
for line in p.stdout:
    print(repr(line))
p.wait()
print(p.stdout.readline() if not p.stdout.closed else 'closed')
p.stdout.close()
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
p.stdin.write(b'abc')
out, _ = p.communicate()
print(out)
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=0)
print(type(p.stdin).__name__, type(p.stdout).__name__)
p.communicate()
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
print(type(p.stdin).__name__, type(p.stdout).__name__, p.stdin.encoding if hasattr(p.stdin,'encoding') else '')
p.communicate()
r = subprocess.run(['printf', '\\xff\\xfe'], capture_output=True, text=True, errors='replace')
print(repr(r.stdout))
try:
    subprocess.run(['printf', '\\xff'], capture_output=True, text=True)
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
print(subprocess.run(['sh', '-c', 'echo $0 $1', 'a0', 'a1'], capture_output=True).stdout)
print(subprocess.run(['cat'], input=None, capture_output=True, stdin=subprocess.DEVNULL).stdout)
print(subprocess.run(['true'], stdin=subprocess.PIPE))
with subprocess.Popen(['cat'], stdin=subprocess.PIPE) as p:
    pass
print(p.returncode)
try:
    p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    p.communicate(b'x', timeout=5)
    p.communicate(b'y')
except ValueError as e:
    print('ValueError', e)
print(subprocess.run(['echo'], text=True, universal_newlines=True, capture_output=True).stdout == '\n')
try:
    subprocess.Popen(['true'], text=True, universal_newlines=False)
except subprocess.SubprocessError as e:
    print(e)
