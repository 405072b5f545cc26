age = 20
has_ticket = True
is_staff = False

# and: both must be true; or: at least one; not: flips the value.
can_enter = (age >= 18 and has_ticket) or is_staff
print("Can enter:", can_enter)

print("Is minor:", not age >= 18)
print(True and False, True or False, not True)

# Comparisons produce booleans too; Python lets you chain them.
is_teen = 13 <= age <= 19
print("Teenager:", is_teen)
