# expect: type=re.error line=3
import re
re.sub('(a)', r'\2', 'a')
