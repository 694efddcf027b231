# Division by zero that nobody handles.
def average(values):
    return sum(values) / len(values)
print(average([1, 2, 3]))
try:
    average([])
except ZeroDivisionError:
    print("handled once")
print(average([]))
