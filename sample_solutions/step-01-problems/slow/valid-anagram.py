def is_anagram(s, t):
    if len(s) != len(t):
        return False
    return all(sum(1 for d in s if d == c) == sum(1 for d in t if d == c) for c in s)
