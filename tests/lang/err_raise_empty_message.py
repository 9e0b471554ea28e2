# An exception whose message is empty: the last line is "RuntimeError".
raise RuntimeError('')
