import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

public class Main {
    static class Student {
        final String name;
        final int grade;

        Student(String name, int grade) {
            this.name = name;
            this.grade = grade;
        }
    }

    public static void main(String[] args) {
        List<Student> students = new ArrayList<>();
        students.add(new Student("Maya", 88));
        students.add(new Student("Leo", 95));
        students.add(new Student("Ivy", 72));

        // Compare by the grade field, highest first; the list is sorted in place
        students.sort(Comparator.comparingInt((Student s) -> s.grade).reversed());

        for (Student s : students) {
            System.out.println(s.name + " " + s.grade);
        }
    }
}
