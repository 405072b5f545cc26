def remove_evens(numbers: list[int]) -> list[int]:
    return [n for n in numbers if n % 2 != 0]


result = remove_evens([1, 2, 4, 5, 6, 8])
assert result == [1, 5], f"expected [1, 5], got {result}"
print(result)
