# expect: type=ValueError line=4
# No scheme: Request refuses it ("unknown url type: 'not a url'").
import urllib.request
urllib.request.urlopen('not a url')
