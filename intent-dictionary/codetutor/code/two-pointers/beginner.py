def is_palindrome(text):
    """True if text reads the same forwards and backwards."""
    left, right = 0, len(text) - 1     # one pointer at each end
    while left < right:
        if text[left] != text[right]:
            return False                # a mismatch: not a palindrome
        left += 1                       # both step toward the middle
        right -= 1
    return True


print(is_palindrome("racecar"))  # True
print(is_palindrome("rocket"))   # False
