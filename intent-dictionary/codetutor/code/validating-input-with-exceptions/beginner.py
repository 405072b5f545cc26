def parse_age(text):
    """Turn text into an age, or raise ValueError if it is not a valid one."""
    age = int(text)  # int() itself raises ValueError for text like "abc"
    if not 0 <= age <= 150:
        raise ValueError(f"age must be between 0 and 150, got {age}")
    return age


for text in ["42", "-3", "abc"]:
    try:
        print("ok:", parse_age(text))
    except ValueError as err:  # the caller decides what to do with bad input
        print("rejected:", err)
