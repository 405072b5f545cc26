public class Main {
    public static void main(String[] args) {
        // Every Java variable has a type; var lets the compiler infer it.
        String name = "Ada";
        int age = 36;
        double height = 1.65;
        boolean isStudent = false;
        var city = "London"; // inferred as String

        System.out.println(name + " is " + age + " years old and " + height + " m tall");
        System.out.println("Student: " + isStudent + ", city: " + city);

        age = age + 1;
        System.out.println("Next year: " + age);

        int parsed = Integer.parseInt("42");
        System.out.println(parsed + 8);
        System.out.println(7 / 2 + " vs " + 7 / 2.0); // int division drops the fraction
    }
}
