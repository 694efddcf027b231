# Blocks indented with tabs only.
def f(x):
	if x:
		return "yes"
	else:
		return "no"

print(f(1), f(0))

for i in range(2):
	for j in range(2):
		print(i, j)
	print("end", i)

class C:
	def m(self):
		return 42
print(C().m())
