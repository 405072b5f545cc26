// Make one empty page object per page of results.
const totalItems = 23;
const perPage = 10;

const pageCount = Math.ceil(totalItems / perPage); // 3 whole pages
const pages = new Array(pageCount).fill(null).map((_, i) => ({ page: i + 1 }));
console.log(pages); // [ { page: 1 }, { page: 2 }, { page: 3 } ]
