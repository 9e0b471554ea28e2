# k-way merge and top-k with heapq; a running median with two heaps.
import heapq
lists = [[1, 4, 9, 12], [2, 3, 10], [0, 5, 6, 7, 20]]
heap = [(l[0], i, 0) for i, l in enumerate(lists)]
heapq.heapify(heap)
merged = []
while heap:
    v, i, j = heapq.heappop(heap)
    merged.append(v)
    if j + 1 < len(lists[i]):
        heapq.heappush(heap, (lists[i][j + 1], i, j + 1))
print(merged)
print(heapq.nlargest(3, merged), heapq.nsmallest(4, merged))
lo, hi, meds = [], [], []
for x in [5, 15, 1, 3, 8, 7, 9, 10, 20, 2]:
    heapq.heappush(lo, -heapq.heappushpop(hi, x))
    if len(lo) > len(hi):
        heapq.heappush(hi, -heapq.heappop(lo))
    meds.append(hi[0] if len(hi) > len(lo) else (hi[0] - lo[0]) / 2)
print(meds, lo, hi)
