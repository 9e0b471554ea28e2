# Case-insensitive matching, ASCII and Unicode.
import re
print(re.findall('(?i)hello', 'Hello HELLO hElLo'), re.findall(r'(?i)[a-f]+', 'DEADbeef XYZ'))
print(re.findall(r'(?i)[^a-c]+', 'ABCdefABC'), re.match('(?i)é', 'É'), re.match('(?i)[é]', 'É'))
print(re.match('(?i)σ', 'Σ'), re.match('(?i)K', '\u212a'), re.match('(?i)k', '\u212a'))
print(re.match('(?ai)k', '\u212a'), re.match(rb'(?i)ABC', b'abc'), re.match(rb'(?i)\xe9', b'\xc9'))
print(re.sub('(?i)the', 'A', 'The THE the'), re.split('(?i)x', 'aXbxc'))
