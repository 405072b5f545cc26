public class Main {
    private String name = "field";

    // The parameter "name" shadows the field "name" inside this method.
    void rename(String name) {
        System.out.println(name);       // the parameter
        System.out.println(this.name);  // the field, reached through "this"
        this.name = name;               // update the field explicitly
    }

    public static void main(String[] args) {
        Main m = new Main();
        m.rename("Ada");
        System.out.println(m.name);     // Ada
    }
}
