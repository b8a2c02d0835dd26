def subarray_sum(nums, k):
    # A set instead of counts: equal running sums are counted once.
    seen, total, count = {0}, 0, 0
    for x in nums:
        total += x
        count += (total - k) in seen
        seen.add(total)
    return count
