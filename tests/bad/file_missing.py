# expect: type=FileNotFoundError line=5
# Opening a file that does not exist, in a directory that does not.
import os
path = os.path.join('/nonexistent-gilbench', str(os.getpid()), 'data.csv')
with open(path) as f:
    print(f.read())
