# An adjacency list: each city maps to the cities it has a direct road to.
roads = {
    "Avon": ["Bree", "Cole"],
    "Bree": ["Avon", "Dale"],
    "Cole": ["Avon", "Dale"],
    "Dale": ["Bree", "Cole", "Eton"],
    "Eton": ["Dale"],
}

for city, neighbours in roads.items():
    print(f"{city} connects to {', '.join(neighbours)}")

# Undirected: every road is listed from both ends, so count each once.
edge_count = sum(len(n) for n in roads.values()) // 2
print("roads:", edge_count)
print("Avon -> Dale direct?", "Dale" in roads["Avon"])
