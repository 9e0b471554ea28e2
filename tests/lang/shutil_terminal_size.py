# env: COLUMNS=123 LINES=45
# shutil.get_terminal_size: $COLUMNS and $LINES win; with stdout a pipe
# and neither set, the fallback.
import os
import shutil

print(shutil.get_terminal_size())
print(shutil.get_terminal_size((10, 20)))
del os.environ['COLUMNS']
os.environ['LINES'] = 'junk'
print(shutil.get_terminal_size())
print(shutil.get_terminal_size(fallback=(100, 0)))
os.environ['COLUMNS'] = '-3'
os.environ['LINES'] = '7'
print(shutil.get_terminal_size((55, 66)))
