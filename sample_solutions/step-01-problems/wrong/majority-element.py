def majority_element(nums):
    # The middle of the input instead of the middle of the sorted input.
    return nums[len(nums) // 2]
