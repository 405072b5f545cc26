# A set keeps each value at most once; order does not matter.
visitors = ["ana", "ben", "ana", "cleo", "ben"]
unique = set(visitors)  # duplicates disappear

print("unique visitors:", sorted(unique))
print("count:", len(unique))
print("did cleo visit?", "cleo" in unique)  # fast membership test

unique.add("dev")
unique.add("ana")  # already present: nothing changes
print("after adding:", sorted(unique))
