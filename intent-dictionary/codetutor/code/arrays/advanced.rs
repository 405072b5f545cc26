/// A fixed-size 2-D grid stored row-major in one boxed slice.
struct Grid {
    rows: usize,
    cols: usize,
    cells: Box<[f64]>, // length fixed at construction, unlike Vec
}

impl Grid {
    fn new(rows: usize, cols: usize) -> Option<Grid> {
        let len = rows.checked_mul(cols).filter(|&n| n > 0)?;
        Some(Grid { rows, cols, cells: vec![0.0; len].into_boxed_slice() })
    }

    fn offset(&self, r: usize, c: usize) -> Option<usize> {
        (r < self.rows && c < self.cols).then(|| r * self.cols + c)
    }

    fn get(&self, r: usize, c: usize) -> Option<f64> {
        self.offset(r, c).map(|i| self.cells[i])
    }

    fn set(&mut self, r: usize, c: usize, v: f64) -> bool {
        match self.offset(r, c) {
            Some(i) => { self.cells[i] = v; true }
            None => false,
        }
    }

    fn row_sums(&self) -> Vec<f64> {
        self.cells.chunks_exact(self.cols).map(|row| row.iter().sum()).collect()
    }
}

fn main() {
    let mut grid = Grid::new(3, 4).expect("valid size");
    for r in 0..grid.rows {
        for c in 0..grid.cols {
            grid.set(r, c, (r * 10 + c) as f64);
        }
    }
    println!("corner: {:?}", grid.get(2, 3));
    println!("outside: {:?}", grid.get(3, 0)); // None instead of a panic
    println!("row sums: {:?}", grid.row_sums());
}
