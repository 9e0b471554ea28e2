# eval and exec take their arguments positionally, as CPython 3.11's do
# (exec's only keyword is closure), with CPython's messages.
calls = ['exec("x=1", globals={})', 'exec("x=1", {}, {}, {})', 'eval()',
         'exec("x=1", closure=None)', 'exec()', 'eval("1", globals={})',
         'eval("1", {}, {}, 4)', 'eval("1", 5)', 'exec("1", None, 7)']
for c in calls:
    try:
        exec(c)
        print('ok', c)
    except TypeError as e:
        print('TypeError:', e)
