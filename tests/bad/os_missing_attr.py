# expect: type=AttributeError line=4 py=ok
# An os function gilpy lacks is named in the AttributeError.
import os
os.statvfs('.')
