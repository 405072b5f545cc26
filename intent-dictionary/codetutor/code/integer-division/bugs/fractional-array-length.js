// Make one empty page object per page of results.
const totalItems = 23;
const perPage = 10;

const pageCount = totalItems / perPage; // BUG: 2.3, not a whole number
const pages = new Array(pageCount).fill(null).map((_, i) => ({ page: i + 1 }));
console.log(pages);
