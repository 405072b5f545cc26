# The answer arrives as text, for example from a form or a file.
answer = "42"

correct = int(answer) == 42     # convert to the same type, then compare
assert correct, f"answer {answer!r} was marked wrong"
print("correct!")
