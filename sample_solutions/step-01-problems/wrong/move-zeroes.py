def move_zeroes(nums):
    # Sorts the numbers instead of keeping their order.
    return sorted(x for x in nums if x != 0) + [0] * nums.count(0)
