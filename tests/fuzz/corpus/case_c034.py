f'{a\b}'
