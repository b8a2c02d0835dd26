def shortest_path(n, edges, source, target):
    distance = [None] * n
    distance[source] = 0
    for _ in range(n):
        changed = False
        for u, v in edges:
            for a, b in ((u, v), (v, u)):
                if distance[a] is not None and (distance[b] is None or distance[a] + 1 < distance[b]):
                    distance[b] = distance[a] + 1
                    changed = True
        if not changed:
            break
    return -1 if distance[target] is None else distance[target]
