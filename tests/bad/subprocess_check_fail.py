# expect: type=subprocess.CalledProcessError line=4
# subprocess: check=True and a non-zero exit raise CalledProcessError.
import subprocess
subprocess.run(['sh', '-c', 'exit 3'], check=True)
