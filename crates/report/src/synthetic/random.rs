//! A seeded pseudo-random source (SplitMix64) and Zipf-like draws, so generated text repeats exactly.

/// A deterministic pseudo-random sequence: the same seed gives the same draws.
pub(super) struct Random(u64);

impl Random {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..below` (`below` > 0).
    pub fn below(&mut self, below: usize) -> usize {
        (self.next_u64() % below as u64) as usize
    }

    /// A number in `low..=high`.
    pub fn between(&mut self, low: usize, high: usize) -> usize {
        low + self.below(high - low + 1)
    }

    /// A number in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    pub fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }

    /// `items` in a random order.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            items.swap(i, self.below(i + 1));
        }
    }
}

/// Draws ranks `0..n` with weight `1 / (rank + 1)^exponent`: the first few often, most rarely.
pub(super) struct Zipf {
    cumulative: Vec<f64>,
}

impl Zipf {
    pub fn new(n: usize, exponent: f64) -> Self {
        let mut total = 0.0;
        let cumulative = (1..=n.max(1))
            .map(|rank| {
                total += (rank as f64).powf(-exponent);
                total
            })
            .collect();
        Self { cumulative }
    }

    pub fn draw(&self, random: &mut Random) -> usize {
        let total = self.cumulative.last().copied().unwrap_or_default();
        let wanted = random.unit() * total;
        self.cumulative
            .partition_point(|&c| c <= wanted)
            .min(self.cumulative.len() - 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zipf_draws_favour_the_first_ranks_and_reach_the_rare_ones() {
        let zipf = Zipf::new(1000, 1.0);
        let mut random = Random::new(7);
        let mut counts = vec![0usize; 1000];
        for _ in 0..100_000 {
            counts[zipf.draw(&mut random)] += 1;
        }
        assert!(counts[0] > 10 * counts[20], "{:?}", &counts[..30]);
        assert!(counts[0] > 10_000 && counts[0] < 16_000);
        assert!(counts.iter().filter(|&&c| c > 0).count() > 900);
    }
}
