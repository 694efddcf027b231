# A singly linked list class with iteration, indexing, reversal and repr.
class Node:
    def __init__(self, value, next=None):
        self.value, self.next = value, next
class LinkedListIter:
    def __init__(self, node):
        self.node = node
    def __next__(self):
        if self.node is None:
            raise StopIteration
        value = self.node.value
        self.node = self.node.next
        return value
class LinkedList:
    def __init__(self):
        self.head = None
        self.size = 0
    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1
    def append(self, value):
        if self.head is None:
            return self.push(value)
        cur = self.head
        while cur.next:
            cur = cur.next
        cur.next = Node(value)
        self.size += 1
    def reverse(self):
        prev = None
        cur = self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __iter__(self):
        return LinkedListIter(self.head)
    def __len__(self):
        return self.size
    def __getitem__(self, i):
        i = i + self.size if i < 0 else i
        if not 0 <= i < self.size:
            raise IndexError("linked list index out of range")
        cur = self.head
        for _ in range(i):
            cur = cur.next
        return cur.value
    def __repr__(self):
        return "LinkedList(" + repr(list(self)) + ")"
ll = LinkedList()
ll.append(3)
ll.append(4)
ll.append(5)
ll.push(2)
ll.push(1)
print(ll, len(ll), ll[0], ll[-1], 4 in ll, 9 in ll)
ll.reverse()
print(ll, sum(ll), max(ll))
try:
    ll[10]
except IndexError as e:
    print("IndexError", e)
