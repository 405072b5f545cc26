// const: the name can never be pointed at a different value.
const DAYS_PER_WEEK: number = 7;
const TAX_RATE = 0.2;

const weeks = 3;
console.log(`Days: ${weeks * DAYS_PER_WEEK}`);
console.log(`Price with tax: ${(50 * (1 + TAX_RATE)).toFixed(2)}`);
// DAYS_PER_WEEK = 8; // compile error: Cannot assign to 'DAYS_PER_WEEK' because it is a constant.

// readonly properties cannot be changed after the object is created.
interface Point {
  readonly x: number;
  readonly y: number;
}
const start: Point = { x: 0, y: 0 };
// start.x = 5; // compile error: Cannot assign to 'x' because it is a read-only property.
const moved: Point = { ...start, x: 5 }; // make a new object instead
console.log(start, moved);
