# expect: type=FileNotFoundError line=3
import os
for e in os.scandir('/nonexistent-gilbench-dir/sub'):
    print(e.name)
