public class Main {
    // A class is a blueprint; `new` builds an object from it.
    static class Dog {
        String name; // each object gets its own name and age
        int age;

        Dog(String name, int age) {
            this.name = name;
            this.age = age;
        }

        String describe() {
            return name + " is " + age + " years old";
        }
    }

    public static void main(String[] args) {
        Dog rex = new Dog("Rex", 3);
        Dog fido = new Dog("Fido", 5);
        fido.age += 1; // only fido changes; rex is a separate object
        System.out.println(rex.describe());
        System.out.println(fido.describe());
    }
}
