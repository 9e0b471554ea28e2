# expect: type=RuntimeWarning line=none exit=3
import sys
async def work():
    print("never runs")
work()
print("after")
sys.exit(3)
