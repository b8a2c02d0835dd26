def contains_duplicate(nums):
    # Only compares neighbours.
    return any(nums[i] == nums[i + 1] for i in range(len(nums) - 1))
