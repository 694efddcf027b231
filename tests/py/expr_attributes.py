# Attribute access on values of many types and chains of attributes.
print("abc".upper(), "A".lower(), " x ".strip())
print([3, 1, 2].index(1), (1, 2, 2).count(2), {"k": 1}.get("k"))
print("a,b".split(","), [1, 2].copy(), "-".join("ab"))
class Node:
    def __init__(self, value, next):
        self.value = value
        self.next = next
chain = Node(1, Node(2, Node(3, None)))
print(chain.value, chain.next.value, chain.next.next.value, chain.next.next.next)
chain.next.next.value = 30
print(chain.next.next.value)
m = "hello".replace
print(m("l", "L"))
try:
    (5).nothing
except AttributeError as e:
    print("AttributeError", e)
try:
    None.x
except AttributeError as e:
    print("AttributeError", e)
try:
    "s".x = 1
except AttributeError as e:
    print("AttributeError", e)
