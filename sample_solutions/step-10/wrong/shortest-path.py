from collections import defaultdict, deque


def shortest_path(n, edges, source, target):
    # Treats the edges as one-way.
    graph = defaultdict(list)
    for u, v in edges:
        graph[u].append(v)
    distance, queue = {source: 0}, deque([source])
    while queue:
        u = queue.popleft()
        for v in graph[u]:
            if v not in distance:
                distance[v] = distance[u] + 1
                queue.append(v)
    return distance.get(target, -1)
