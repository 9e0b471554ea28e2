# expect: type=NotImplementedError line=4 py=ok
# subprocess: preexec_fn would run Python in a forked child; gilpy refuses it.
import subprocess
subprocess.run(['true'], preexec_fn=lambda: None)
