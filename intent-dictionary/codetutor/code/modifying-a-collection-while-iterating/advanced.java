import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public class Main {
    public static void main(String[] args) {
        // 1. Iterator.remove() is the one removal the iterator knows about.
        List<Integer> readings = new ArrayList<>(List.of(5, -1, 7, -3, -3, 9));
        for (Iterator<Integer> it = readings.iterator(); it.hasNext(); ) {
            if (it.next() < 0) it.remove();
        }
        System.out.println(readings); // [5, 7, 9]

        // 2. Maps: remove through a view's removeIf instead of map.remove().
        Map<String, Integer> stock = new LinkedHashMap<>();
        stock.put("apple", 3);
        stock.put("pear", 0);
        stock.put("plum", 0);
        stock.put("fig", 7);
        stock.values().removeIf(qty -> qty == 0);
        System.out.println(stock); // {apple=3, fig=7}

        // 3. Updating values in place is fine: only structural changes
        //    (add/remove) invalidate iterators.
        stock.replaceAll((name, qty) -> qty * 10);
        System.out.println(stock); // {apple=30, fig=70}

        // 4. Adding while iterating: collect, then add after the loop.
        List<String> names = new ArrayList<>(List.of("a", "b"));
        List<String> extra = new ArrayList<>();
        for (String n : names) extra.add(n + "!");
        names.addAll(extra);
        System.out.println(names); // [a, b, a!, b!]
    }
}
