# expect: type=ValueError line=3
# A binary file takes no encoding.
open('/dev/null', 'rb', encoding='utf-8')
