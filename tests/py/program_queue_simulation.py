# A deterministic bank-queue simulation with a pseudo-random generator.
class Random:
    def __init__(self, seed):
        self.state = seed
    def next(self, n):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return self.state % n
rng = Random(42)
queue = []
tellers = [0, 0]
served = 0
waits = []
max_queue = 0
for minute in range(60):
    if rng.next(10) < 4:
        queue.append(minute)
    if rng.next(10) < 2:
        queue.append(minute)
    for t in range(len(tellers)):
        if tellers[t] > 0:
            tellers[t] -= 1
        if tellers[t] == 0 and queue:
            arrived = queue.pop(0)
            waits.append(minute - arrived)
            tellers[t] = 1 + rng.next(4)
            served += 1
    if len(queue) > max_queue:
        max_queue = len(queue)
print("served", served, "left waiting", len(queue), "longest queue", max_queue)
print("total wait", sum(waits), "max wait", max(waits), "first waits", waits[:10])
print("average wait", round(sum(waits) / len(waits), 2))
