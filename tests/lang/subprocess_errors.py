# subprocess's errors, caught: a missing program or directory, bad
# argument combinations, the messages of CalledProcessError and
# TimeoutExpired; executable= (its name in the error) and shell argument lists.
import subprocess

for args in (['nosuch_program_gp'], 'nosuch_program_gp', ['/no/such/dir/prog']):
    try:
        subprocess.run(args)
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.filename, e)
try:
    subprocess.run(['true'], cwd='/no/such/dir')
except FileNotFoundError as e:
    print(type(e).__name__, e)
try:
    subprocess.run(['true'], cwd='/etc/passwd')
except NotADirectoryError as e:
    print(type(e).__name__, e)
try:
    subprocess.run(['/etc/passwd'])
except PermissionError as e:
    print(type(e).__name__, e)
try:
    subprocess.Popen(['nosuch_program_gp'], stdout=subprocess.PIPE)
except OSError as e:
    print(type(e).__name__, e)
for kw in ({'capture_output': True, 'stdout': subprocess.PIPE},
           {'input': b'x', 'stdin': subprocess.PIPE}):
    try:
        subprocess.run(['true'], **kw)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    subprocess.check_output(['true'], stdout=subprocess.PIPE)
except ValueError as e:
    print(e)
print(str(subprocess.CalledProcessError(1, ['a', 'b'])))
print(str(subprocess.CalledProcessError(-9, 'cmd')))
print(str(subprocess.CalledProcessError(-15, 'cmd', b'out', b'err')))
print(str(subprocess.TimeoutExpired('sleep 5', 2.5)))
print(issubclass(subprocess.CalledProcessError, subprocess.SubprocessError),
      issubclass(subprocess.TimeoutExpired, subprocess.SubprocessError),
      issubclass(subprocess.SubprocessError, Exception))
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
e = subprocess.CalledProcessError(2, 'x', output=b'o')
print(e.stdout, e.output)
cp = subprocess.CompletedProcess(['x'], 0)
print(cp, cp.check_returncode())
print(subprocess.CompletedProcess('y', 1, 'out', 'err'))
try:
    subprocess.run(['echo', 'x'], executable='nosuch_exe_gp')
except FileNotFoundError as e:
    print(e)
print(subprocess.run(['whatever', 'y'], executable='echo', capture_output=True).stdout)
print(subprocess.run(['echo $0 $1', 'a', 'b'], shell=True, capture_output=True).stdout)
