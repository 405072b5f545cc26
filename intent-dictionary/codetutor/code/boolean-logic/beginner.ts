const age: number = 20;
const hasTicket: boolean = true;
const isStaff: boolean = false;

// &&: both must be true; ||: at least one; !: flips the value.
const canEnter: boolean = (age >= 18 && hasTicket) || isStaff;
console.log(`Can enter: ${canEnter}`);

console.log(`Is minor: ${!(age >= 18)}`);
console.log(true && false, true || false, !true);

// Comparisons produce booleans too.
const isTeen: boolean = age >= 13 && age <= 19;
console.log(`Teenager: ${isTeen}`);
