# expect: type=subprocess.TimeoutExpired line=4
# subprocess: a child that outlives the timeout is killed and reaped.
import subprocess
subprocess.run(['sleep', '10'], timeout=0.2)
