# A Python list is a dynamic array: it grows as you add to it.
tasks = []
tasks.append("write tests")
tasks.append("fix bug")
tasks.append("deploy")
print(tasks, "length:", len(tasks))

tasks.insert(0, "coffee")  # insert at the front (shifts the others)
done = tasks.pop()         # remove and return the last item
print("done:", done)
print("left:", tasks)
