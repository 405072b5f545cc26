import java.util.List;
import java.util.stream.IntStream;

public class Main {
    // Return one page; pages are numbered from 1.
    static <T> List<T> getPage(List<T> items, int page, int pageSize) {
        int start = Math.min((page - 1) * pageSize, items.size()); // skip earlier pages
        int end = Math.min(start + pageSize, items.size());        // the last page may be short
        return items.subList(start, end);
    }

    public static void main(String[] args) {
        List<String> products = IntStream.rangeClosed(1, 23).mapToObj(n -> "product-" + n).toList();
        int pageSize = 10;
        int totalPages = (products.size() + pageSize - 1) / pageSize; // 23 items -> 3 pages
        for (int page = 1; page <= totalPages; page++) {
            List<String> items = getPage(products, page, pageSize);
            System.out.printf("page %d/%d: %s .. %s (%d items)%n",
                    page, totalPages, items.get(0), items.get(items.size() - 1), items.size());
        }
    }
}
