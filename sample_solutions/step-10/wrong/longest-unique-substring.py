def length_of_longest_substring(s):
    # Forgets that the window's start never moves backwards ("abba").
    last, start, best = {}, 0, 0
    for i, c in enumerate(s):
        if c in last:
            start = last[c] + 1
        last[c] = i
        best = max(best, i - start + 1)
    return best
