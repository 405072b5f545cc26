# Which rooms can you reach from the hall? Doors work both ways.
doors = {
    "hall": ["kitchen", "study"],
    "kitchen": ["hall", "pantry"],
    "study": ["hall"],
    "pantry": ["kitchen"],
}


def reachable(room, found):
    found.add(room)
    for nxt in doors[room]:
        if nxt not in found:  # skip rooms already visited
            reachable(nxt, found)
    return found


print(sorted(reachable("hall", set())))
