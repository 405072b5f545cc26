visits = 0


def record_visit():
    visits += 1   # BUG: assignment makes "visits" local to this function
    return visits


record_visit()
print(visits)
