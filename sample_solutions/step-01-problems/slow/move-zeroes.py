def move_zeroes(nums):
    nums = list(nums)
    for _ in range(len(nums)):
        swapped = False
        for j in range(len(nums) - 1):
            if nums[j] == 0 and nums[j + 1] != 0:
                nums[j], nums[j + 1] = nums[j + 1], 0
                swapped = True
        if not swapped:
            break
    return nums
