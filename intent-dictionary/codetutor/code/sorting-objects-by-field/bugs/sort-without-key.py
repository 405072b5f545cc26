class Student:
    def __init__(self, name, grade):
        self.name = name
        self.grade = grade


students = [Student("Maya", 88), Student("Leo", 95), Student("Ivy", 72)]

# Sort the students from lowest to highest grade
students.sort()

for s in students:
    print(s.name, s.grade)
