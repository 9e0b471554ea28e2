# expect: type=ValueError line=3
import time
time.strptime('2023-06-15 extra', '%Y-%m-%d')
