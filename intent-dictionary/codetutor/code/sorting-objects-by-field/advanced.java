import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

public class Main {
    record Employee(String name, String dept, int salary) {}

    // dept ascending, then salary descending, then name ascending
    static final Comparator<Employee> RANKING = Comparator
            .comparing(Employee::dept)
            .thenComparing(Comparator.comparingInt(Employee::salary).reversed())
            .thenComparing(Employee::name);

    public static void main(String[] args) {
        List<Employee> staff = List.of(
                new Employee("Noor", "eng", 120), new Employee("Ada", "ops", 90),
                new Employee("Ben", "eng", 120), new Employee("Cal", "eng", 95),
                new Employee("Dee", "ops", 105));

        // List.of is immutable, so sort a copy (ArrayList) instead.
        List<Employee> ranked = new ArrayList<>(staff);
        ranked.sort(RANKING);
        for (Employee e : ranked) {
            System.out.printf("%-4s %4d %s%n", e.dept(), e.salary(), e.name());
        }

        // Streams sort without touching the source list.
        List<String> byName = staff.stream()
                .sorted(Comparator.comparing(Employee::name))
                .map(Employee::name)
                .collect(Collectors.toList());
        System.out.println(byName);

        // List.sort is a stable merge sort: equal depts keep their earlier order.
        List<Employee> stable = new ArrayList<>(staff);
        stable.sort(Comparator.comparing(Employee::name));
        stable.sort(Comparator.comparing(Employee::dept));
        System.out.println(stable.stream().map(Employee::name).collect(Collectors.toList()));

        staff.stream().max(Comparator.comparingInt(Employee::salary))
                .ifPresent(e -> System.out.println("best paid: " + e.name()));
    }
}
