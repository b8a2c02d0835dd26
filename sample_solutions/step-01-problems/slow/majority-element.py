def majority_element(nums):
    for x in nums:
        if sum(1 for y in nums if y == x) * 2 > len(nums):
            return x
    return None
