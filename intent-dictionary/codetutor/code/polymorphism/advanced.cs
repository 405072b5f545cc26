using System;
using System.Collections.Generic;

abstract class Expr // every node type evaluates and renders itself
{
    public abstract double Evaluate(IReadOnlyDictionary<string, double> env);
    public abstract string Render();
    public override string ToString() => Render(); // one shared override for all nodes
}

sealed class Num : Expr
{
    readonly double value;
    public Num(double value) { this.value = value; }
    public override double Evaluate(IReadOnlyDictionary<string, double> env) => value;
    public override string Render() => value.ToString();
}

sealed class Var : Expr
{
    readonly string name;
    public Var(string name) { this.name = name; }
    public override double Evaluate(IReadOnlyDictionary<string, double> env) =>
        env.TryGetValue(name, out var v) ? v : throw new KeyNotFoundException("unbound variable " + name);
    public override string Render() => name;
}

sealed class BinOp : Expr
{
    readonly char symbol; readonly Expr left, right;
    public BinOp(char symbol, Expr left, Expr right) { this.symbol = symbol; this.left = left; this.right = right; }

    static readonly Dictionary<char, Func<double, double, double>> Ops =
        new Dictionary<char, Func<double, double, double>> { ['+'] = (a, b) => a + b, ['*'] = (a, b) => a * b };

    // Children evaluate themselves: the runtime picks each node's override.
    public override double Evaluate(IReadOnlyDictionary<string, double> env) =>
        Ops[symbol](left.Evaluate(env), right.Evaluate(env));
    public override string Render() => $"({left} {symbol} {right})";
}

class Program
{
    static void Main()
    {
        Expr expr = new BinOp('+', new BinOp('*', new Num(2), new Var("x")), new Num(1));
        Console.WriteLine($"{expr} = {expr.Evaluate(new Dictionary<string, double> { ["x"] = 5 })}");
        try { expr.Evaluate(new Dictionary<string, double>()); } catch (KeyNotFoundException e) { Console.WriteLine(e.Message); }
    }
}
