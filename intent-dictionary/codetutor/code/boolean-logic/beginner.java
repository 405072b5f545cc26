public class Main {
    public static void main(String[] args) {
        int age = 20;
        boolean hasTicket = true;
        boolean isStaff = false;

        // &&: both must be true; ||: at least one; !: flips the value.
        boolean canEnter = (age >= 18 && hasTicket) || isStaff;
        System.out.println("Can enter: " + canEnter);

        System.out.println("Is minor: " + !(age >= 18));
        System.out.println((true && false) + " " + (true || false) + " " + !true);

        // Comparisons produce booleans too.
        boolean isTeen = age >= 13 && age <= 19;
        System.out.println("Teenager: " + isTeen);
    }
}
