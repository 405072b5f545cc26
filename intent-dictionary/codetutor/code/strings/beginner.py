name = "Ada Lovelace"

print(len(name))          # 12 characters
print(name.upper())       # ADA LOVELACE
print(name[0], name[-1])  # first and last character
print(name[4:])           # slice from index 4: Lovelace

first, last = name.split(" ")
print(f"{last}, {first}")  # f-strings insert values into text

# Methods return a new string; the original is unchanged.
shout = name.replace("Ada", "ADA")
print(shout, "|", name)
print("love" in name.lower())  # substring check: True
