# subprocess.run and its helpers: captured output as bytes and text, input
# through a pipe, exit codes, env, cwd, shell, check, stderr=STDOUT,
# DEVNULL, a file object as stdout; no timings or pids are printed.
import os
import subprocess
import tempfile

r = subprocess.run(['echo', 'hello', 'world'], capture_output=True)
print(r)
print(type(r).__name__, r.returncode, r.stdout, r.stderr)
print(subprocess.run(['echo', 'x'], stdout=subprocess.PIPE, text=True))
print(subprocess.run(['cat'], input=b'fed\nin\n', capture_output=True).stdout)
print(subprocess.run(['cat'], input='text in', capture_output=True, text=True).stdout)
print(repr(subprocess.run(['cat'], input='a\r\nb\rc', stdout=subprocess.PIPE,
                          universal_newlines=True).stdout))
print(subprocess.run(['sh', '-c', 'exit 3']))
print(subprocess.run(['sh', '-c', 'echo out; echo err >&2'], capture_output=True))
print(subprocess.run(['sh', '-c', 'echo out; echo err >&2'], stdout=subprocess.PIPE,
                     stderr=subprocess.STDOUT).stdout)
print(subprocess.run('echo $((6 * 7)) | tr 4 X', shell=True, capture_output=True, text=True))
print(subprocess.run(['sh', '-c', 'echo $GP_SUB_VAR'], env={'GP_SUB_VAR': 'from env'},
                     capture_output=True, text=True).stdout, end='')
os.environ['GP_SUB_VAR2'] = 'inherited'
print(subprocess.run(['sh', '-c', 'echo $GP_SUB_VAR2'], capture_output=True,
                     encoding='utf-8').stdout, end='')
with tempfile.TemporaryDirectory() as d:
    out = subprocess.run(['pwd'], cwd=d, capture_output=True, text=True).stdout.strip()
    print(os.path.realpath(out) == os.path.realpath(d))
    name = os.path.join(d, 'out.txt')
    with open(name, 'w') as f:
        subprocess.run(['echo', 'into a file'], stdout=f)
    with open(name) as f:
        print(repr(f.read()))
    with open(name, 'rb') as f:
        print(subprocess.run(['tr', 'a-z', 'A-Z'], stdin=f, capture_output=True).stdout)
print(subprocess.run(['echo', 'gone'], stdout=subprocess.DEVNULL))
print(subprocess.run(['cat'], stdin=subprocess.DEVNULL, capture_output=True))
r = subprocess.run(['sh', '-c', 'exit 2'], capture_output=True)
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print(type(e).__name__, e, e.returncode, e.cmd, e.output, e.stdout, e.stderr)
try:
    subprocess.run(['sh', '-c', 'echo partial; exit 5'], capture_output=True, check=True)
except subprocess.CalledProcessError as e:
    print(e, e.stdout, e.stderr)
print(subprocess.call(['true']), subprocess.call(['false']), subprocess.call('exit 4', shell=True))
print(subprocess.check_call(['true']))
print(subprocess.check_output(['echo', 'checked']))
print(subprocess.check_output(['cat'], input='in', text=True))
print(subprocess.check_output('echo both; echo e >&2', shell=True, stderr=subprocess.STDOUT))
print(repr(subprocess.getoutput('echo one; echo two')))
print(subprocess.getstatusoutput('echo failing; exit 7'))
print(subprocess.getstatusoutput('true'))
big = b'x' * 300000
r = subprocess.run(['cat'], input=big, capture_output=True)
print(len(r.stdout), r.stdout == big)
