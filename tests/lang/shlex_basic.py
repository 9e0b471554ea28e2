# shlex: split (quotes, escapes, comments, posix and not), quote, join,
# and the shlex lexer class with punctuation_chars.
import shlex

for s in ['a b  c', 'echo "hello world" \'single q\'', r'a\ b c\"d', 'x # comment',
          '"a""b" \'\'', 'tab\there', 'A="b c" d=e\\\\f', '']:
    print(repr(s), shlex.split(s))
print(shlex.split('x # comment', comments=True))
print(shlex.split('a "b c" d', posix=False))
for s in ['', 'plain', 'with space', "it's", '$HOME', 'a;b', 'safe/path-1.2_x@%+=:,', 'ünï']:
    print(repr(s), shlex.quote(s))
print(shlex.join(['echo', 'two words', "it's", '']))
print(shlex.split(shlex.join(['a b', 'c"d', "e'f"])))
lex = shlex.shlex('a && b || (c; d)', punctuation_chars=True)
print(list(lex))
lex = shlex.shlex('key=value other', posix=True)
lex.whitespace_split = True
print(lex.get_token(), lex.get_token(), repr(lex.get_token()))
lex = shlex.shlex('one two')
lex.push_token('zero')
print(list(lex))
for s in ['"unclosed', 'esc\\']:
    try:
        shlex.split(s)
    except ValueError as e:
        print(type(e).__name__, e)
