def first_unique_char(s):
    # Returns 0 when nothing is unique.
    for i, c in enumerate(s):
        if s.count(c) == 1:
            return i
    return 0
