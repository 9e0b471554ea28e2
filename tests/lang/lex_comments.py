# A file full of comments.   # still a comment
#no space after the hash
x = 1  # trailing comment
y = 2	# after a tab
# comment between statements

      # indented comment line at top level is fine
def f(a):  # comment after the colon
    # comment inside the body
    return a + 1  # comment after return
    # comment after return, same level

z = [1,  # comment inside a list display
     2,  # another
     # a whole-line comment inside brackets
     3]
s = "# not a comment"
t = '#'
print(x, y, f(x), z, s, t)
if x:
    # only a comment before the statement
    print("if body")
# final comment without newline at end of the statement
print("end")  #
#
