# Recursive methods over a recursive data structure.
class Node:
    def __init__(self, value, left, right):
        self.value = value
        self.left = left
        self.right = right
    def total(self):
        t = self.value
        if self.left:
            t += self.left.total()
        if self.right:
            t += self.right.total()
        return t
    def depth(self):
        l = self.left.depth() if self.left else 0
        r = self.right.depth() if self.right else 0
        return 1 + max(l, r)
def build(lo, hi):
    if lo > hi:
        return None
    mid = (lo + hi) // 2
    return Node(mid, build(lo, mid - 1), build(mid + 1, hi))
tree = build(1, 100)
print(tree.total(), tree.depth(), tree.value)
chain = None
for i in range(150):
    chain = Node(i, chain, None)
print(chain.total(), chain.depth())
