try:
  @ tuple(7)
except TypeError as e:
    print("TypeError", e)
