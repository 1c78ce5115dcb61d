//! Syntax tree -> NFA over bytes -> DFA (subset construction) -> minimal DFA.
//!
//! The NFA is Thompson's construction over UTF-8 bytes, with `^` and `$` as epsilon edges
//! that are open only at the start and at the end of the string. The search is unanchored,
//! as JSON Schema wants: the NFA may start a thread at every byte (an "any byte" loop in
//! front of the pattern), and as soon as one thread reaches the match state the string
//! matches, whatever follows: the DFA goes to its absorbing matched state.

use std::collections::HashMap;

use super::parse::Hir;
use super::{Dfa, MAX_STATES, PatternError, utf8};

/// The DFA state from which no match is possible any more.
const DEAD: u16 = 0;
/// The DFA state reached once the pattern has matched, whatever follows.
const MATCH: u16 = 1;

/// The most NFA states (and repetition copies) a pattern may build: a bound on the time
/// and memory nested counted repetitions like `((a{4000}){4000}){4000}` can take.
const MAX_NFA_STATES: usize = 1 << 16;

/// The most NFA states all closures together may visit: a bound on the time the subset
/// construction takes (well under a second in a debug build of the macro) when the DFA stays
/// under [`MAX_STATES`] but every DFA state is a large set, as in an unanchored `\w{4000}`.
const MAX_WORK: usize = 2_000_000;

/// An NFA state's index.
type StateId = u32;

/// The NFA's match state: the first one built.
const NFA_MATCH: StateId = 0;

enum State {
    /// Reads one byte in `lo..=hi`.
    Byte {
        lo: u8,
        hi: u8,
        next: StateId,
    },
    /// Epsilon edges to each.
    Split(Vec<StateId>),
    /// An epsilon edge open only at the start of the string.
    AssertStart(StateId),
    /// An epsilon edge open only at the end of the string.
    AssertEnd(StateId),
    Match,
}

struct Nfa {
    states: Vec<State>,
    /// Byte states by their range and target, so that the UTF-8 sequences of a class
    /// share their common tails.
    bytes: HashMap<(u8, u8, StateId), StateId>,
    /// Copies made by counted repetitions, bounded like the states: a copy of something
    /// that builds no state (`(){9}`) still takes time.
    copies: usize,
    /// NFA states visited by all closures so far, bounded by [`MAX_WORK`].
    work: usize,
    /// Closure scratch: `seen[state] == generation` when visited by the current closure.
    seen: Vec<u32>,
    generation: u32,
    stack: Vec<StateId>,
}

fn error(message: impl Into<String>) -> PatternError {
    PatternError {
        message: message.into(),
    }
}

fn too_large() -> PatternError {
    error(format!(
        "pattern is too large: it needs more than {MAX_NFA_STATES} NFA states"
    ))
}

impl Nfa {
    fn push(&mut self, state: State) -> Result<StateId, PatternError> {
        let id = StateId::try_from(self.states.len()).map_err(|_| too_large())?;
        if self.states.len() >= MAX_NFA_STATES {
            return Err(too_large());
        }
        self.states.push(state);
        Ok(id)
    }

    /// Builds `hir` followed by `next`: returns where it starts.
    fn build(&mut self, hir: &Hir, next: StateId) -> Result<StateId, PatternError> {
        match hir {
            Hir::Class(ranges) => self.class(ranges, next),
            Hir::Concat(hirs) => hirs
                .iter()
                .rev()
                .try_fold(next, |next, hir| self.build(hir, next)),
            Hir::Alternation(hirs) => {
                let starts = hirs
                    .iter()
                    .map(|hir| self.build(hir, next))
                    .collect::<Result<_, _>>()?;
                self.push(State::Split(starts))
            }
            Hir::Repeat { hir, min, max } => self.repeat(hir, *min, *max, next),
            Hir::Start => self.push(State::AssertStart(next)),
            Hir::End => self.push(State::AssertEnd(next)),
        }
    }

    fn class(&mut self, ranges: &[(u32, u32)], next: StateId) -> Result<StateId, PatternError> {
        let mut starts = Vec::new();
        for sequence in utf8::sequences(ranges) {
            let mut target = next;
            for &(lo, hi) in sequence.iter().rev() {
                target = match self.bytes.get(&(lo, hi, target)) {
                    Some(&state) => state,
                    None => {
                        let state = self.push(State::Byte {
                            lo,
                            hi,
                            next: target,
                        })?;
                        self.bytes.insert((lo, hi, target), state);
                        state
                    }
                };
            }
            starts.push(target);
        }
        match starts[..] {
            [start] => Ok(start),
            // No start at all (`[]`, or only surrogates) is a split to nowhere: a dead end.
            _ => self.push(State::Split(starts)),
        }
    }

    fn repeat(
        &mut self,
        hir: &Hir,
        min: u32,
        max: Option<u32>,
        next: StateId,
    ) -> Result<StateId, PatternError> {
        if max.unwrap_or(min) as usize > MAX_STATES {
            let bounds = match max {
                Some(max) if max == min => format!("{{{min}}}"),
                Some(max) => format!("{{{min},{max}}}"),
                None => format!("{{{min},}}"),
            };
            return Err(error(format!(
                "repetition `{bounds}` is too large: counts above {MAX_STATES} are not supported"
            )));
        }
        // Built back to front: first what follows the mandatory copies, then those.
        let mut start = match max {
            None => {
                // `hir*`: a split that either runs `hir` and comes back, or goes on.
                let split = self.push(State::Split(Vec::new()))?;
                let body = self.build(hir, split)?;
                self.states[split as usize] = State::Split(vec![body, next]);
                split
            }
            // `(hir(hir(…)?)?)?`, `max - min` deep, where every level may go on to `next`.
            Some(max) => {
                let mut start = next;
                for _ in min..max {
                    self.count_copy()?;
                    let body = self.build(hir, start)?;
                    start = self.push(State::Split(vec![body, next]))?;
                }
                start
            }
        };
        for _ in 0..min {
            self.count_copy()?;
            start = self.build(hir, start)?;
        }
        Ok(start)
    }

    fn count_copy(&mut self) -> Result<(), PatternError> {
        self.copies += 1;
        if self.copies > MAX_NFA_STATES {
            return Err(too_large());
        }
        Ok(())
    }

    /// The states reachable from `roots` through the open epsilon edges, keeping those
    /// that decide what happens next: byte states, the match state, and (unless they are
    /// followed, at the end) end assertions. Sorted, so equal sets are equal vectors.
    fn closure(
        &mut self,
        roots: &[StateId],
        at_start: bool,
        at_end: bool,
    ) -> Result<Vec<StateId>, PatternError> {
        self.generation += 1;
        let generation = self.generation;
        self.seen.resize(self.states.len(), 0);
        let mut set = Vec::new();
        self.stack.extend_from_slice(roots);
        while let Some(id) = self.stack.pop() {
            let seen = &mut self.seen[id as usize];
            if *seen == generation {
                continue;
            }
            *seen = generation;
            self.work += 1;
            match &self.states[id as usize] {
                State::Byte { .. } | State::Match => set.push(id),
                State::Split(targets) => self.stack.extend_from_slice(targets),
                State::AssertStart(next) => {
                    if at_start {
                        self.stack.push(*next);
                    }
                }
                State::AssertEnd(next) => {
                    if at_end {
                        self.stack.push(*next);
                    } else {
                        set.push(id);
                    }
                }
            }
        }
        if self.work > MAX_WORK {
            return Err(error(
                "pattern is too complex: building its DFA takes too many steps",
            ));
        }
        set.sort_unstable();
        Ok(set)
    }

    /// Whether the string matches if it ends in the DFA state of `set`.
    fn accepts_at_end(&mut self, set: &[StateId], at_start: bool) -> Result<bool, PatternError> {
        let roots: Vec<StateId> = set
            .iter()
            .filter_map(|&id| match self.states[id as usize] {
                State::AssertEnd(next) => Some(next),
                _ => None,
            })
            .collect();
        Ok(self.closure(&roots, at_start, true)?.first() == Some(&NFA_MATCH))
    }

    /// Byte -> class, where bytes in a class are read alike by every byte state, and the
    /// number of classes.
    fn byte_classes(&self) -> ([u8; 256], usize) {
        let mut boundaries = [false; 257];
        for state in &self.states {
            if let State::Byte { lo, hi, .. } = *state {
                boundaries[usize::from(lo)] = true;
                boundaries[usize::from(hi) + 1] = true;
            }
        }
        let mut classes = [0; 256];
        let mut class = 0u8;
        for byte in 1..256 {
            if boundaries[byte] {
                class += 1;
            }
            classes[byte] = class;
        }
        (classes, usize::from(class) + 1)
    }
}

/// The minimal DFA of `hir`, searched for anywhere in the string.
pub(super) fn compile(hir: &Hir) -> Result<Dfa, PatternError> {
    let mut nfa = Nfa {
        states: Vec::new(),
        bytes: HashMap::new(),
        copies: 0,
        work: 0,
        seen: Vec::new(),
        generation: 0,
        stack: Vec::new(),
    };
    nfa.push(State::Match)?;
    let pattern = nfa.build(hir, NFA_MATCH)?;
    // Threads started after the first byte only matter if they can get past `^`.
    let start = if nfa.closure(&[pattern], false, false)?.is_empty() {
        pattern
    } else {
        let start = nfa.push(State::Split(Vec::new()))?;
        let any = nfa.push(State::Byte {
            lo: 0,
            hi: 255,
            next: start,
        })?;
        nfa.states[start as usize] = State::Split(vec![pattern, any]);
        start
    };
    let (classes, class_count) = nfa.byte_classes();
    let dfa = Subsets::run(nfa, start, &classes, class_count)?;
    let (table, start, accept_end) = dfa.minimize();
    finish(&classes, class_count, &table, start, accept_end)
}

/// The subset construction: DFA states are the sets of NFA states a thread can be in.
struct Subsets {
    /// Rows of `class_count` transitions.
    table: Vec<u16>,
    accepts_at_end: Vec<bool>,
    class_count: usize,
    start: u16,
}

impl Subsets {
    fn run(
        mut nfa: Nfa,
        start: StateId,
        classes: &[u8; 256],
        class_count: usize,
    ) -> Result<Self, PatternError> {
        let mut dfa = Subsets {
            // The dead and matched states only lead to themselves.
            table: [vec![DEAD; class_count], vec![MATCH; class_count]].concat(),
            accepts_at_end: vec![false, true],
            class_count,
            start: DEAD,
        };
        // The sets of the states still to explore, by DFA state; and the states by set.
        let mut sets: Vec<Vec<StateId>> = vec![Vec::new(), Vec::new()];
        let mut ids: HashMap<Vec<StateId>, u16> = HashMap::new();
        let start_set = nfa.closure(&[start], true, false)?;
        // The start state is not entered in `ids`: it alone can get past `^` at the end.
        dfa.start = dfa.state(&mut nfa, &mut sets, None, start_set, true)?;
        let mut targets = vec![Vec::new(); class_count];
        let mut explored = 2;
        while explored < sets.len() {
            let set = std::mem::take(&mut sets[explored]);
            for &id in &set {
                if let State::Byte { lo, hi, next } = nfa.states[id as usize] {
                    let (first, last) = (classes[usize::from(lo)], classes[usize::from(hi)]);
                    for class in first..=last {
                        targets[usize::from(class)].push(next);
                    }
                }
            }
            for (class, roots) in targets.iter_mut().enumerate() {
                let next = nfa.closure(roots, false, false)?;
                roots.clear();
                let state = dfa.state(&mut nfa, &mut sets, Some(&mut ids), next, false)?;
                dfa.table[explored * class_count + class] = state;
            }
            explored += 1;
        }
        Ok(dfa)
    }

    /// The DFA state of `set`, made (and queued in `sets`) if new.
    fn state(
        &mut self,
        nfa: &mut Nfa,
        sets: &mut Vec<Vec<StateId>>,
        ids: Option<&mut HashMap<Vec<StateId>, u16>>,
        set: Vec<StateId>,
        at_start: bool,
    ) -> Result<u16, PatternError> {
        match set.first() {
            None => return Ok(DEAD),
            Some(&NFA_MATCH) => return Ok(MATCH),
            Some(_) => {}
        }
        if let Some(&id) = ids.as_ref().and_then(|ids| ids.get(&set)) {
            return Ok(id);
        }
        if sets.len() >= MAX_STATES {
            return Err(error(format!(
                "pattern needs more than {MAX_STATES} DFA states"
            )));
        }
        // `sets.len() < MAX_STATES`, which fits in a `u16`.
        let id = sets.len() as u16;
        self.accepts_at_end
            .push(nfa.accepts_at_end(&set, at_start)?);
        self.table
            .extend(std::iter::repeat_n(DEAD, self.class_count));
        if let Some(ids) = ids {
            ids.insert(set.clone(), id);
        }
        sets.push(set);
        Ok(id)
    }

    /// Hopcroft's partition refinement, then the states renumbered: the dead state 0, the
    /// matched state 1, then the states that accept at the end (`2..accept_end`), then
    /// the others, in breadth-first order from the start. States the start does not lead
    /// to are dropped. Returns the table, the start and `accept_end`.
    fn minimize(&self) -> (Vec<u16>, u16, u16) {
        let k = self.class_count;
        let n = self.accepts_at_end.len();
        let mut partition = Partition::new(&self.accepts_at_end);
        // Predecessors: `sources[offsets[t * k + c]..offsets[t * k + c + 1]]` are the
        // states that go to `t` on class `c`.
        let mut offsets = vec![0u32; n * k + 1];
        for (from, &to) in self.table.iter().enumerate() {
            offsets[usize::from(to) * k + from % k + 1] += 1;
        }
        for i in 1..offsets.len() {
            offsets[i] += offsets[i - 1];
        }
        let mut fill = offsets.clone();
        let mut sources = vec![0u32; n * k];
        for (from, &to) in self.table.iter().enumerate() {
            let slot = &mut fill[usize::from(to) * k + from % k];
            // `from / k < n <= MAX_STATES`, which fits in a `u32`.
            sources[*slot as usize] = (from / k) as u32;
            *slot += 1;
        }
        let mut pending: Vec<usize> = (0..partition.first.len()).collect();
        let mut is_pending = vec![true; pending.len()];
        while let Some(splitter) = pending.pop() {
            is_pending[splitter] = false;
            let members = partition.members(splitter).to_vec();
            for class in 0..k {
                for &to in &members {
                    let key = to as usize * k + class;
                    for &from in &sources[offsets[key] as usize..offsets[key + 1] as usize] {
                        partition.mark(from);
                    }
                }
                for (rest, split) in partition.split() {
                    is_pending.push(false);
                    let smaller = if is_pending[rest] || partition.len(split) <= partition.len(rest)
                    {
                        split
                    } else {
                        rest
                    };
                    is_pending[smaller] = true;
                    pending.push(smaller);
                }
            }
        }

        // Renumber the blocks of the states the start leads to.
        let block = |state: u16| partition.block[usize::from(state)];
        let mut order = vec![block(DEAD), block(MATCH)];
        let mut number: Vec<Option<u16>> = vec![None; partition.first.len()];
        number[order[0]] = Some(DEAD);
        number[order[1]] = Some(MATCH);
        let mut reachable = Vec::new();
        let mut seen = vec![false; partition.first.len()];
        let mut queue = std::collections::VecDeque::from([block(self.start)]);
        while let Some(b) = queue.pop_front() {
            if number[b].is_some() || std::mem::replace(&mut seen[b], true) {
                continue;
            }
            reachable.push(b);
            let representative = partition.members(b)[0] as usize;
            for &to in &self.table[representative * k..][..k] {
                queue.push_back(block(to));
            }
        }
        let accepts = |b: usize| self.accepts_at_end[partition.members(b)[0] as usize];
        order.extend(reachable.iter().copied().filter(|&b| accepts(b)));
        let accept_end = order.len();
        order.extend(reachable.iter().copied().filter(|&b| !accepts(b)));
        for (i, &b) in order.iter().enumerate() {
            // At most `n <= MAX_STATES` blocks: fits in a `u16`.
            number[b] = Some(i as u16);
        }
        let renumber = |state: u16| number[block(state)].unwrap_or(DEAD);
        let table = order
            .iter()
            .flat_map(|&b| {
                let representative = partition.members(b)[0] as usize;
                self.table[representative * k..][..k]
                    .iter()
                    .map(|&to| renumber(to))
            })
            .collect();
        (table, renumber(self.start), accept_end as u16)
    }
}

/// A partition of the DFA states into blocks, each a slice of `elements`.
struct Partition {
    elements: Vec<u32>,
    /// Where each state is in `elements`.
    position: Vec<u32>,
    /// Each state's block.
    block: Vec<usize>,
    /// Each block's slice of `elements`: `first[b]..end[b]`, marked states first.
    first: Vec<u32>,
    end: Vec<u32>,
    marked: Vec<u32>,
    /// Blocks with marked states.
    touched: Vec<usize>,
}

impl Partition {
    /// Two blocks (unless one would be empty): the states that accept at the end, and not.
    fn new(accepts: &[bool]) -> Self {
        let mut elements: Vec<u32> = (0..accepts.len() as u32).collect();
        elements.sort_by_key(|&state| !accepts[state as usize]);
        let accepting = accepts.iter().filter(|&&a| a).count() as u32;
        let mut partition = Partition {
            position: vec![0; elements.len()],
            block: vec![0; elements.len()],
            first: vec![0],
            end: vec![elements.len() as u32],
            marked: vec![0],
            touched: Vec::new(),
            elements,
        };
        for (i, &state) in partition.elements.iter().enumerate() {
            partition.position[state as usize] = i as u32;
        }
        for i in 0..accepting {
            partition.mark(partition.elements[i as usize]);
        }
        partition.split();
        partition
    }

    fn members(&self, block: usize) -> &[u32] {
        &self.elements[self.first[block] as usize..self.end[block] as usize]
    }

    fn len(&self, block: usize) -> u32 {
        self.end[block] - self.first[block]
    }

    fn mark(&mut self, state: u32) {
        let b = self.block[state as usize];
        let i = self.position[state as usize];
        let boundary = self.first[b] + self.marked[b];
        if i < boundary {
            return;
        }
        // Swap the state to the end of the marked prefix of its block.
        let other = self.elements[boundary as usize];
        self.elements.swap(i as usize, boundary as usize);
        self.position[state as usize] = boundary;
        self.position[other as usize] = i;
        if self.marked[b] == 0 {
            self.touched.push(b);
        }
        self.marked[b] += 1;
    }

    /// Splits the marked states off their blocks, when not the whole block: returns the
    /// pairs (block left with the unmarked states, new block of the marked ones).
    fn split(&mut self) -> Vec<(usize, usize)> {
        let mut splits = Vec::new();
        for b in std::mem::take(&mut self.touched) {
            let marked = std::mem::take(&mut self.marked[b]);
            if marked == self.len(b) {
                continue;
            }
            let new = self.first.len();
            self.first.push(self.first[b]);
            self.end.push(self.first[b] + marked);
            self.marked.push(0);
            self.first[b] += marked;
            for i in self.first[new]..self.end[new] {
                self.block[self.elements[i as usize] as usize] = new;
            }
            splits.push((b, new));
        }
        splits
    }
}

/// The final DFA: the classes the minimal DFA no longer tells apart merged (numbered in
/// byte order), and states numbered by the offset of their row in the table, which saves
/// the matcher a multiplication per byte.
fn finish(
    classes: &[u8; 256],
    class_count: usize,
    table: &[u16],
    start: u16,
    accept_end: u16,
) -> Result<Dfa, PatternError> {
    let states = table.len() / class_count;
    let column = |class: usize| -> Vec<u16> {
        (0..states)
            .map(|state| table[state * class_count + class])
            .collect()
    };
    // The merged class of each old class, and an old class of each merged one.
    let mut merged: HashMap<Vec<u16>, u8> = HashMap::new();
    let mut renumber = Vec::with_capacity(class_count);
    let mut representatives = Vec::new();
    for class in 0..class_count {
        let next = merged.len();
        let id = *merged.entry(column(class)).or_insert_with(|| {
            representatives.push(class);
            // At most 256 classes, numbered from 0.
            next as u8
        });
        renumber.push(id);
    }
    let stride = representatives.len();
    // Every offset, `accept_end`'s included, is at most the table's length.
    if states * stride > usize::from(u16::MAX) {
        return Err(error(format!(
            "pattern needs a transition table of more than {} entries",
            u16::MAX
        )));
    }
    // `stride <= 256` and, by the check above, every product fits in a `u16`.
    let offset = move |state: u16| state * stride as u16;
    Ok(Dfa {
        classes: classes.map(|class| renumber[usize::from(class)]),
        class_count: stride as u16,
        table: (0..states)
            .flat_map(|state| {
                representatives
                    .iter()
                    .map(move |&class| table[state * class_count + class])
            })
            .map(offset)
            .collect(),
        start: offset(start),
        accept_end: offset(accept_end),
        // Read off the final table by `compile`.
        shape: None,
    })
}
