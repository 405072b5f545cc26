visits = 0


def record_visit(count):
    return count + 1   # take the value in, hand the new value back


visits = record_visit(visits)
print(visits)  # 1
