def level_order(root):
    def collect(node, depth, wanted, out):
        if node is None:
            return
        if depth == wanted:
            out.append(node.val)
            return
        collect(node.left, depth + 1, wanted, out)
        collect(node.right, depth + 1, wanted, out)

    levels, depth = [], 0
    while True:
        level = []
        collect(root, 0, depth, level)
        if not level:
            return levels
        levels.append(level)
        depth += 1
