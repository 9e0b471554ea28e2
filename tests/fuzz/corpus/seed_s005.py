# ❌ GIL limits these tasks
- Mathematical calculations
- Data transformation
- Image processing
- Model inference (pure Python)
- Cryptography
- Compression

# Solution: Use multiprocessing
from multiprocessing import Pool

with Pool(4) as p:
    results = p.map(cpu_task, data_chunks)
