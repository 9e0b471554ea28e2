# expect: type=ValueError line=4
import os.path

os.path.commonpath(['/abs', 'rel'])
