def tree_diameter(root):
    # Only paths through the root.
    def height(node):
        return 0 if node is None else 1 + max(height(node.left), height(node.right))

    return height(root.left) + height(root.right) if root else 0
