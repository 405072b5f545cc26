import java.util.ArrayList;
import java.util.List;

public class Main {
    public static void main(String[] args) {
        List<String> template = new ArrayList<>(List.of("milk", "bread"));
        List<String> mondayList = new ArrayList<>(template); // a real copy
        mondayList.add("apples");
        if (template.size() != 2) {
            throw new IllegalStateException("template changed: " + template);
        }
        System.out.println(mondayList); // [milk, bread, apples]
    }
}
