def max_area(heights):
    # Uses the taller line instead of the shorter one.
    i, j, best = 0, len(heights) - 1, 0
    while i < j:
        best = max(best, (j - i) * max(heights[i], heights[j]))
        if heights[i] < heights[j]:
            i += 1
        else:
            j -= 1
    return best
