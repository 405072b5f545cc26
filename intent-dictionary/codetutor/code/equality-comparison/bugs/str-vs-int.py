# The answer arrives as text, for example from a form or a file.
answer = "42"

correct = answer == 42          # BUG: a str is never equal to an int
assert correct, f"answer {answer!r} was marked wrong"
print("correct!")
