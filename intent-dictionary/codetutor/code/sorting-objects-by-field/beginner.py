class Student:
    def __init__(self, name, grade):
        self.name = name
        self.grade = grade


students = [Student("Maya", 88), Student("Leo", 95), Student("Ivy", 72)]

# key= tells sort which field to compare; the list is sorted in place
students.sort(key=lambda s: s.grade, reverse=True)

for s in students:
    print(s.name, s.grade)
