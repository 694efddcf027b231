# Breadth-first and depth-first search over a graph stored as a dict of lists.
GRAPH = {
    "a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"],
    "e": ["f"], "f": [], "g": ["a"],
}
def bfs(start, goal):
    queue = [[start]]
    seen = {start: True}
    while queue:
        path = queue.pop(0)
        node = path[-1]
        if node == goal:
            return path
        for nxt in GRAPH[node]:
            if nxt not in seen:
                seen[nxt] = True
                queue.append(path + [nxt])
    return None
def dfs(node, visited):
    visited.append(node)
    for nxt in GRAPH[node]:
        if nxt not in visited:
            dfs(nxt, visited)
    return visited
print(bfs("a", "f"), bfs("g", "e"), bfs("f", "a"), bfs("a", "a"))
print(dfs("a", []), dfs("g", []), dfs("f", []))
indegree = {}
for node in GRAPH:
    indegree.setdefault(node, 0)
    for nxt in GRAPH[node]:
        indegree[nxt] = indegree.get(nxt, 0) + 1
order = []
ready = []
for node in sorted(indegree):
    if indegree[node] == 0:
        ready.append(node)
while ready:
    node = ready.pop(0)
    order.append(node)
    for nxt in GRAPH[node]:
        indegree[nxt] -= 1
        if indegree[nxt] == 0:
            ready.append(nxt)
print("topological order", order)
