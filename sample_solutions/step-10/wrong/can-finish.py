def can_finish(n, prerequisites):
    # Only notices two courses that need each other, not longer cycles or a course that needs itself.
    pairs = {tuple(p) for p in prerequisites}
    return not any((b, a) in pairs for a, b in pairs if a != b)
