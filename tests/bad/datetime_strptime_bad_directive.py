# expect: type=ValueError line=3
from datetime import datetime
datetime.strptime('2023-06-15', '%Y-%m-%Q')
