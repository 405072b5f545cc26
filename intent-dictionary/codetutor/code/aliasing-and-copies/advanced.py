"""Shallow vs deep copies, and the aliasing traps built into Python."""
import copy

config = {"name": "app", "tags": ["web"], "limits": {"cpu": 2}}

shallow = dict(config)          # new outer dict, SAME inner list and dict
deep = copy.deepcopy(config)    # copies every level
shallow["tags"].append("api")
deep["limits"]["cpu"] = 8
print(config["tags"], config["limits"])  # ['web', 'api'] {'cpu': 2}

# [[0] * 3] * 3 repeats ONE row three times; build each row separately.
bad = [[0] * 3] * 3
good = [[0] * 3 for _ in range(3)]
bad[0][0] = 1
good[0][0] = 1
print(bad)   # [[1, 0, 0], [1, 0, 0], [1, 0, 0]]
print(good)  # [[1, 0, 0], [0, 0, 0], [0, 0, 0]]


# Default values are evaluated ONCE, so a mutable default is shared by
# every call. Use None as the sentinel and create the list inside.
def add_item(item, basket=None):
    if basket is None:
        basket = []
    basket.append(item)
    return basket


print(add_item("a"), add_item("b"))  # ['a'] ['b']


# Defensive copy: a class that must not be changed from outside.
class Playlist:
    def __init__(self, songs):
        self._songs = list(songs)       # copy in

    @property
    def songs(self):
        return tuple(self._songs)       # immutable view out


songs = ["intro"]
p = Playlist(songs)
songs.append("outro")
print(p.songs)  # ('intro',)
