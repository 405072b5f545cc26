from typing import List, Tuple


def dedupe_sorted(nums: List[int]) -> int:
    """Same-direction pointers: compact a sorted list in place.
    `write` marks the next slot for a new value, `read` scans ahead.
    Returns the new length; O(n) time, O(1) extra space."""
    if not nums:
        return 0
    write = 1
    for read in range(1, len(nums)):
        if nums[read] != nums[write - 1]:
            nums[write] = nums[read]
            write += 1
    return write


def all_pairs(nums: List[int], target: int) -> List[Tuple[int, int]]:
    """Converging pointers on sorted input: every distinct pair summing to
    target in O(n) (O(n log n) if you have to sort first)."""
    pairs, left, right = [], 0, len(nums) - 1
    while left < right:
        total = nums[left] + nums[right]
        if total < target:
            left += 1
        elif total > target:
            right -= 1
        else:
            pairs.append((nums[left], nums[right]))
            while left < right and nums[left] == pairs[-1][0]:
                left += 1                   # skip duplicates on both sides
            while left < right and nums[right] == pairs[-1][1]:
                right -= 1
    return pairs


readings = [1, 1, 2, 3, 3, 3, 4]
n = dedupe_sorted(readings)
print(n, readings[:n])                       # 4 [1, 2, 3, 4]

nums = sorted([4, -1, 7, 2, 2, 5, -1, 6, 3])
print(all_pairs(nums, 6))                    # [(-1, 7), (2, 4)]
print(all_pairs([], 6), all_pairs([3], 6))   # [] []
