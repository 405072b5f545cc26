const products: string[] = Array.from({ length: 23 }, (_, i) => `product-${i + 1}`);

// Return one page; pages are numbered from 1.
function getPage<T>(items: readonly T[], page: number, pageSize: number): T[] {
  const start = (page - 1) * pageSize; // skip the items of the earlier pages
  return items.slice(start, start + pageSize);
}

const pageSize = 10;
const totalPages = Math.ceil(products.length / pageSize); // 23 items -> 3 pages
for (let page = 1; page <= totalPages; page++) {
  const items = getPage(products, page, pageSize);
  console.log(`page ${page}/${totalPages}: ${items[0]} .. ${items[items.length - 1]} (${items.length} items)`);
}
