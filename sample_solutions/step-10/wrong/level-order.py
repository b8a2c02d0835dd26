def level_order(root):
    # Right to left within each level.
    levels, level = [], [root] if root else []
    while level:
        levels.append([node.val for node in level])
        level = [child for node in level for child in (node.right, node.left) if child]
    return levels
