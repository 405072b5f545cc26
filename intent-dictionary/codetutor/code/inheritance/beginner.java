public class Main {
    static class Animal {
        final String name;

        Animal(String name) { this.name = name; }

        String describe() { return name + " says " + sound(); }

        String sound() { return "..."; }
    }

    static class Dog extends Animal { // Dog inherits name and describe()
        Dog(String name) { super(name); } // constructors are not inherited

        @Override // the compiler checks that this really overrides something
        String sound() { return "Woof"; }
    }

    public static void main(String[] args) {
        System.out.println(new Animal("Generic").describe());
        Animal pet = new Dog("Rex"); // a Dog can be used wherever an Animal is expected
        System.out.println(pet.describe());
    }
}
