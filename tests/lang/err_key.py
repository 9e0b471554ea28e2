# Uncaught KeyError: the message is the repr of the key.
d = {'present': 1}
print(d['present'])
print(d['absent'])
