# Exceptions handled inside loops let the loop continue.
results = []
for text in ["1", "x", "3", "", "5"]:
    try:
        results.append(int(text))
    except ValueError:
        results.append(None)
        continue
    finally:
        results.append("|")
print(results)
count = 0
errors = 0
while count < 6:
    count += 1
    try:
        if count % 2 == 0:
            raise RuntimeError(count)
    except RuntimeError as e:
        errors += 1
        if e.args[0] == 4:
            break
print(count, errors)
total = 0
for d in [1, 0, 2, 0, 4]:
    try:
        total += 8 // d
    except ZeroDivisionError:
        pass
print(total)
