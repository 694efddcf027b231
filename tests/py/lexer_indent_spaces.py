# Blocks indented by different amounts, and dedents of several levels at once.
def f(n):
  if n > 0:
        if n > 10:
                return "big"
        else:
            return "small"
  return "not positive"

print(f(20), f(5), f(-1))

for i in range(3):
    if i == 1:
        print("one")
    else:
                    print("other", i)
print("done")

x = 0
while x < 5:
 x += 1
 if x == 3:
  continue
 print("x", x)

class A:
     value = 1
     def get(self):
          return self.value
print(A().get())
