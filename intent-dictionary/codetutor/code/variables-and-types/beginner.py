# A variable is a name for a value; Python works out the type for you.
name = "Ada"        # str
age = 36            # int
height_m = 1.65     # float
is_student = False  # bool

print(name, "is", age, "years old and", height_m, "m tall")
print(type(name).__name__, type(age).__name__, type(height_m).__name__, type(is_student).__name__)

# Assigning again makes the name refer to a new value.
age = age + 1
print("Next year:", age)

# Convert between types explicitly.
text = "42"
number = int(text)
print(number + 8)
