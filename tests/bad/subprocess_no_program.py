# expect: type=FileNotFoundError line=4
# subprocess: a program that is not on PATH.
import subprocess
subprocess.run(['nosuch_program_gp', '-x'])
