def add_tag(tag: str, tags: list[str] = []) -> list[str]:
    tags.append(tag)
    return tags


first = add_tag("urgent")
second = add_tag("later")
assert second == ["later"], f"expected ['later'], got {second}"
print(first, second)
