# expect: type=getopt.GetoptError line=4
# getopt: an option that is not in the list raises GetoptError.
import getopt
getopt.getopt(['-q'], 'ab:')
