using System;
using System.Collections.Generic;

class Program
{
    // Evaluates a postfix (Reverse Polish) expression with a stack of operands.
    static double EvalRpn(string expression)
    {
        var stack = new Stack<double>();
        foreach (string token in expression.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
        {
            double value;
            if (double.TryParse(token, out value))
            {
                stack.Push(value);
                continue;
            }
            if (stack.Count < 2) throw new FormatException("'" + token + "' needs two operands");
            double right = stack.Pop(); // popped first: the right-hand operand
            double left = stack.Pop();
            if (token == "+") stack.Push(left + right);
            else if (token == "-") stack.Push(left - right);
            else if (token == "*") stack.Push(left * right);
            else if (token == "/") stack.Push(left / right);
            else throw new FormatException("unknown operator '" + token + "'");
        }
        if (stack.Count != 1) throw new FormatException(stack.Count + " values left on the stack");
        return stack.Pop();
    }

    static void Main()
    {
        foreach (string expr in new[] { "3 4 + 2 *", "10 2 8 * + 3 -", "1 +", "2 3" })
        {
            try
            {
                Console.WriteLine(expr.PadRight(16) + " = " + EvalRpn(expr));
            }
            catch (FormatException e)
            {
                Console.WriteLine(expr.PadRight(16) + " ! " + e.Message);
            }
        }
    }
}
