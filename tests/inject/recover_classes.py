# Classes, instances and exceptions while allocations fail: each step is retried after a
# MemoryError, so the output is the normal run's when nothing is left half-made.


def attempt(step, argument):
    for tries in range(3):
        try:
            return step(argument)
        except MemoryError:
            pass
    return "gave up"


class Node:
    def __init__(self, value, children):
        self.value = value
        self.children = children
        self.label = "node-%d" % value

    def total(self):
        result = self.value
        for child in self.children:
            result += child.total()
        return result

    def __repr__(self):
        return "Node(%r, %d children)" % (self.value, len(self.children))


class Checked(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code


nodes = []


def make(i):
    children = nodes[-3:] if len(nodes) >= 3 else []
    node = Node(i, children)
    node.extra = [i] * (i % 4)
    if len(nodes) == i:
        nodes.append(node)
    return node


def raise_and_catch(i):
    try:
        raise Checked(i)
    except Checked as e:
        return "%s/%d/%s" % (type(e).__name__, e.code, e)


def total(node):
    return node.total()


for i in range(12):
    attempt(make, i)
print(len(nodes), nodes[11], attempt(total, nodes[11]), nodes[10].label, nodes[9].extra)
print(attempt(raise_and_catch, 7))
print(attempt(repr, nodes[:4]))
print(attempt(str, {"a": nodes[1], "b": (nodes[2], nodes[3].children)}))
