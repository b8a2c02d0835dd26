def is_anagram(s, t):
    # Compares the sets of letters, not their counts.
    return set(s) == set(t)
