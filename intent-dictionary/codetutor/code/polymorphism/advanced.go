package main

import "fmt"

type Expr interface { // each node type evaluates and renders itself
	Eval(env map[string]float64) (float64, error)
	String() string
}

type Num float64
type Var string
type BinOp struct {
	Sym         string
	Apply       func(a, b float64) float64
	Left, Right Expr
}

func (n Num) Eval(map[string]float64) (float64, error) { return float64(n), nil }
func (n Num) String() string                           { return fmt.Sprint(float64(n)) }
func (v Var) Eval(env map[string]float64) (float64, error) {
	if x, ok := env[string(v)]; ok {
		return x, nil
	}
	return 0, fmt.Errorf("unbound variable %s", string(v))
}
func (v Var) String() string { return string(v) }

// BinOp never asks what kind of node its children are: each evaluates itself.
func (b BinOp) Eval(env map[string]float64) (float64, error) {
	l, err := b.Left.Eval(env)
	if err != nil {
		return 0, err
	}
	r, err := b.Right.Eval(env)
	if err != nil {
		return 0, err
	}
	return b.Apply(l, r), nil
}
func (b BinOp) String() string { return fmt.Sprintf("(%v %s %v)", b.Left, b.Sym, b.Right) }

func add(a, b float64) float64 { return a + b }
func mul(a, b float64) float64 { return a * b }

func main() {
	var expr Expr = BinOp{"+", add, BinOp{"*", mul, Num(2), Var("x")}, Num(1)}
	fmt.Printf("%v = ", expr)
	fmt.Println(expr.Eval(map[string]float64{"x": 5}))
	fmt.Println(expr.Eval(nil)) // reading a nil map is fine: the lookup just misses
}
