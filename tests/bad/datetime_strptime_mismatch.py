# expect: type=ValueError line=3
from datetime import datetime
datetime.strptime('15/06/2023', '%Y-%m-%d')
