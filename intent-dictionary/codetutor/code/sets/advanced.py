def required_missing(granted: set[str], required: frozenset[str]) -> set[str]:
    """Permissions a user still needs: set difference, O(len(required))."""
    return set(required - granted)


alice = {"read", "write", "comment"}
bob = {"read", "comment", "admin"}

print("both have:", sorted(alice & bob))          # intersection
print("either has:", sorted(alice | bob))         # union
print("only alice:", sorted(alice - bob))         # difference
print("exactly one:", sorted(alice ^ bob))        # symmetric difference
print("alice covers read+write?", {"read", "write"} <= alice)  # subset test

EDITOR = frozenset({"read", "write", "publish"})  # immutable, so hashable
print("alice still needs:", sorted(required_missing(alice, EDITOR)))

# frozensets can be dict keys: here, an unordered pair of people.
meetings = {frozenset({"alice", "bob"}): 3}
print("alice+bob meetings:", meetings[frozenset({"bob", "alice"})])


def first_repeat(items):
    seen = set()
    for item in items:
        if item in seen:  # O(1) average, versus O(n) for a list
            return item
        seen.add(item)
    return None


print("first repeat:", first_repeat([3, 8, 1, 8, 3]))
