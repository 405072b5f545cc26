import java.util.ArrayList;
import java.util.List;

public class Main {
    public static void main(String[] args) {
        List<String> template = new ArrayList<>(List.of("milk", "bread"));
        List<String> mondayList = template; // BUG: an alias, not a copy
        mondayList.add("apples");
        if (template.size() != 2) {
            throw new IllegalStateException("template changed: " + template);
        }
        System.out.println(mondayList);
    }
}
