# Uncaught TypeError from adding an int and a str.
count = 5
print('count: ' + str(count))
print('count: ' + count)
