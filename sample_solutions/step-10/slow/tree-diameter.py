def tree_diameter(root):
    def height(node):
        return 0 if node is None else 1 + max(height(node.left), height(node.right))

    if root is None:
        return 0
    through = height(root.left) + height(root.right)
    return max(through, tree_diameter(root.left), tree_diameter(root.right))
