def first_unique_char(s):
    for i, c in enumerate(s):
        if sum(1 for d in s if d == c) == 1:
            return i
    return -1
