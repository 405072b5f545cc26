class Student {
  constructor(name, grade) {
    this.name = name;
    this.grade = grade;
  }
}

const students = [new Student("Maya", 88), new Student("Leo", 95), new Student("Ivy", 72)];

// The comparator returns a negative number if a comes first, positive if b does.
// b.grade - a.grade puts the highest grade first. sort() changes the array itself.
students.sort((a, b) => b.grade - a.grade);

for (const s of students) {
  console.log(s.name, s.grade);
}
