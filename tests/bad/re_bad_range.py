# expect: type=re.error line=3
import re
re.compile('[z-a]')
