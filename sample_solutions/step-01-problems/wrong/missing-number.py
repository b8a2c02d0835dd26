def missing_number(nums):
    # Assumes the numbers start at 1.
    n = len(nums) + 1
    return n * (n + 1) // 2 - sum(nums) if nums else 0
