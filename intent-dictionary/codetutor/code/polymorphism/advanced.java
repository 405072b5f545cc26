import java.util.Map;
import java.util.function.DoubleBinaryOperator;

public class Main {
    // A sealed interface: the compiler knows every kind of node.
    sealed interface Expr permits Num, Var, BinOp {
        double evaluate(Map<String, Double> env);
        String render();
    }

    record Num(double value) implements Expr {
        public double evaluate(Map<String, Double> env) { return value; }
        public String render() { return String.valueOf(value); }
    }

    record Var(String name) implements Expr {
        public double evaluate(Map<String, Double> env) {
            Double value = env.get(name);
            if (value == null) throw new IllegalStateException("unbound variable " + name);
            return value;
        }
        public String render() { return name; }
    }

    record BinOp(char symbol, Expr left, Expr right) implements Expr {
        private static final Map<Character, DoubleBinaryOperator> OPS =
            Map.of('+', (a, b) -> a + b, '-', (a, b) -> a - b, '*', (a, b) -> a * b);

        // Children evaluate themselves: dynamic dispatch picks the right method.
        public double evaluate(Map<String, Double> env) {
            return OPS.get(symbol).applyAsDouble(left.evaluate(env), right.evaluate(env));
        }
        public String render() { return "(" + left.render() + " " + symbol + " " + right.render() + ")"; }
    }

    public static void main(String[] args) {
        Expr expr = new BinOp('+', new BinOp('*', new Num(2), new Var("x")), new Num(1));
        System.out.println(expr.render() + " = " + expr.evaluate(Map.of("x", 5.0)));
        try {
            expr.evaluate(Map.of());
        } catch (IllegalStateException e) {
            System.out.println("error: " + e.getMessage());
        }
    }
}
