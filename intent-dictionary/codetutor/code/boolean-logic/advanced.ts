interface Context {
  country: string;
  beta: boolean;
  age: number;
}

// A feature-flag rule is a tree of and / or / not nodes.
type Rule =
  | { op: "is"; key: keyof Context; value: string | number | boolean }
  | { op: "atLeast"; key: "age"; value: number }
  | { op: "and"; rules: Rule[] }
  | { op: "or"; rules: Rule[] }
  | { op: "not"; rule: Rule };

function evaluate(rule: Rule, ctx: Context): boolean {
  switch (rule.op) {
    case "is":
      return ctx[rule.key] === rule.value;
    case "atLeast":
      return ctx[rule.key] >= rule.value;
    case "and":
      return rule.rules.every((r) => evaluate(r, ctx)); // an empty "and" is true
    case "or":
      return rule.rules.some((r) => evaluate(r, ctx)); // an empty "or" is false
    case "not":
      return !evaluate(rule.rule, ctx);
  }
}

// (beta tester OR in NL) AND adult AND NOT in US
const newCheckout: Rule = {
  op: "and",
  rules: [
    { op: "or", rules: [{ op: "is", key: "beta", value: true }, { op: "is", key: "country", value: "NL" }] },
    { op: "atLeast", key: "age", value: 18 },
    { op: "not", rule: { op: "is", key: "country", value: "US" } },
  ],
};

const visitors: Context[] = [
  { country: "NL", beta: false, age: 30 },
  { country: "US", beta: true, age: 40 },
  { country: "DE", beta: true, age: 17 },
  { country: "DE", beta: true, age: 25 },
];
for (const v of visitors) {
  console.log(`${v.country} beta=${v.beta} age=${v.age} -> ${evaluate(newCheckout, v)}`);
}
