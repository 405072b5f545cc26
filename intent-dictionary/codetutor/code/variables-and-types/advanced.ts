type Currency = "EUR" | "USD";

interface Price {
  readonly cents: number; // whole cents keep arithmetic exact
  readonly currency: Currency;
}

// A discriminated union: the compiler knows which fields exist in each case.
type ParseResult = { ok: true; value: Price } | { ok: false; error: string };

function parsePrice(text: string): ParseResult {
  const match = /^(\d+)\.(\d{2}) (EUR|USD)$/.exec(text.trim());
  if (match === null) {
    return { ok: false, error: `bad price: "${text}"` };
  }
  const cents = Number(match[1]) * 100 + Number(match[2]);
  return { ok: true, value: { cents, currency: match[3] as Currency } };
}

function format(p: Price): string {
  return `${(p.cents / 100).toFixed(2)} ${p.currency}`;
}

let totalEur = 0;
for (const input of ["19.99 EUR", "5.00 USD", "3,50 EUR", "7.50 GBP", "0.01 EUR"]) {
  const result = parsePrice(input);
  if (!result.ok) {
    console.log(result.error); // narrowed: only `error` exists here
    continue;
  }
  console.log(`parsed ${format(result.value)}`);
  if (result.value.currency === "EUR") {
    totalEur += result.value.cents;
  }
}
console.log(`EUR total: ${format({ cents: totalEur, currency: "EUR" })}`);
