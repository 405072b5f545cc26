def parse_age(text):
    age = int(text)
    if not 0 <= age <= 150:
        ValueError(f"age must be between 0 and 150, got {age}")
    return age


try:
    age = parse_age("-3")
except ValueError as err:
    print("rejected:", err)
else:
    raise AssertionError(f"-3 was accepted as an age: {age}")
