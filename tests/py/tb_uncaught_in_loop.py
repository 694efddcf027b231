# An uncaught exception part-way through a loop keeps the output printed so far.
data = [4, 2, 1, 0, 5]
results = []
for d in data:
    results.append(8 // d)
    print(results[-1])
    if len(results) > 10:
        break
print("not printed", results)
