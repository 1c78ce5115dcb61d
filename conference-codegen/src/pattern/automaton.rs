//! Syntax tree -> NFA over bytes -> DFA (subset construction) -> minimal DFA, and
//! lookaheads at the start by products of minimal DFAs.
//!
//! The NFA is Thompson's construction over UTF-8 bytes, with `^` and `$` as epsilon edges
//! that are open only at the start and at the end of the string. The search is unanchored,
//! as JSON Schema wants: the NFA may start a thread at every byte (an "any byte" loop in
//! front of the pattern), and as soon as one thread reaches the match state the string
//! matches, whatever follows: the DFA goes to its absorbing matched state.
//!
//! A character class is the minimal automaton of its UTF-8 encodings, entered through a
//! single state: a thread about to read a class is one NFA state, not one per byte
//! sequence of the class (about ten for `.` or `\S`). With one state per sequence, every
//! DFA state of an unanchored search for `.` or `\S` was a set ten times as large, and
//! as small a pattern as `\Sb(?:(?:.[ab]){2}){1,3}[^a]` ran out of steps.

use std::collections::HashMap;

use super::parse::Hir;
use super::{Dfa, MAX_STATES, PatternError, utf8};

/// The DFA state from which no match is possible any more.
const DEAD: u32 = 0;
/// The DFA state reached once the pattern has matched, whatever follows.
const MATCH: u32 = 1;

/// The most NFA states (and repetition copies) a pattern may build: a bound on the time
/// and memory nested counted repetitions like `((a{4000}){4000}){4000}` can take.
const MAX_NFA_STATES: usize = 1 << 16;

/// The most states a DFA may have before it is minimised: a bound on the memory of the
/// subset construction and of the products, whose DFAs can be much larger than the result.
const MAX_BUILD_STATES: usize = 1 << 16;

/// The most steps (NFA states visited by closures, sets hashed, transitions filled in)
/// building all the DFAs of a pattern may take: a bound on the time (under a second in a
/// debug build of the macro) when the DFAs stay small but every DFA state is a large set
/// of NFA states, as in an unanchored `\w{4000}`.
const MAX_WORK: usize = 1 << 22;

/// An NFA state's index.
type StateId = u32;

/// The NFA's match state: the first one built.
const NFA_MATCH: StateId = 0;

enum State {
    /// Reads one byte, to `next` if it is in `lo..=hi`: disjoint ranges, in order.
    Bytes(Vec<(u8, u8, StateId)>),
    /// Epsilon edges to each.
    Split(Vec<StateId>),
    /// An epsilon edge open only at the start of the string.
    AssertStart(StateId),
    /// An epsilon edge open only at the end of the string.
    AssertEnd(StateId),
    Match,
}

/// A node of the trie of a class's UTF-8 encodings: its edges, to other nodes.
type TrieNode = Vec<(u8, u8, usize)>;

struct Nfa {
    states: Vec<State>,
    /// Byte states by their edges: equal tails of encodings are one state.
    bytes: HashMap<Vec<(u8, u8, StateId)>, StateId>,
    /// Copies made by counted repetitions, bounded like the states: a copy of something
    /// that builds no state (`(){9}`) still takes time.
    copies: usize,
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

fn too_many_build_states() -> PatternError {
    error(format!(
        "pattern is too complex: building its DFA needs more than {MAX_BUILD_STATES} states"
    ))
}

/// The steps taken so far, for all the DFAs of a pattern.
struct Work(usize);

impl Work {
    fn add(&mut self, steps: usize) -> Result<(), PatternError> {
        self.0 += steps;
        if self.0 > MAX_WORK {
            return Err(error(format!(
                "pattern is too complex: building its DFA takes more than {MAX_WORK} steps"
            )));
        }
        Ok(())
    }
}

impl Nfa {
    fn new() -> Self {
        Nfa {
            states: vec![State::Match],
            bytes: HashMap::new(),
            copies: 0,
            seen: Vec::new(),
            generation: 0,
            stack: Vec::new(),
        }
    }

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
            Hir::Look { negated, .. } => Err(error(format!(
                "{} `{}` is only supported right after the `^` that starts the pattern",
                if *negated {
                    "negative lookahead"
                } else {
                    "lookahead"
                },
                if *negated { "(?!" } else { "(?=" },
            ))),
        }
    }

    /// The minimal automaton of the UTF-8 encodings of `ranges`, followed by `next`.
    fn class(&mut self, ranges: &[(u32, u32)], next: StateId) -> Result<StateId, PatternError> {
        // The trie of the encodings. They come in order, and two byte ranges at the same
        // place in encodings of distinct code points are equal or disjoint (a range of
        // several bytes is followed by full `80-BF` spans): only the last edge can be
        // shared.
        let mut trie: Vec<TrieNode> = vec![Vec::new()];
        for sequence in utf8::sequences(ranges) {
            let mut node = 0;
            for (lo, hi) in sequence {
                node = match trie[node].last() {
                    Some(&(l, h, child)) if (l, h) == (lo, hi) => child,
                    _ => {
                        trie.push(Vec::new());
                        let child = trie.len() - 1;
                        trie[node].push((lo, hi, child));
                        child
                    }
                };
            }
        }
        if trie[0].is_empty() {
            // `[]`, or only surrogates: a split to nowhere, a dead end.
            return self.push(State::Split(Vec::new()));
        }
        self.intern(&trie, 0, next)
    }

    /// The state of `trie`'s `node`, its leaves being `next`. Equal nodes are one state,
    /// which makes the automaton minimal and lets classes share their tails.
    fn intern(
        &mut self,
        trie: &[TrieNode],
        node: usize,
        next: StateId,
    ) -> Result<StateId, PatternError> {
        if trie[node].is_empty() {
            return Ok(next);
        }
        let mut edges: Vec<(u8, u8, StateId)> = Vec::with_capacity(trie[node].len());
        for &(lo, hi, child) in &trie[node] {
            let to = self.intern(trie, child, next)?;
            match edges.last_mut() {
                // Adjacent ranges to the same state are one edge: one form per language.
                Some((_, last, target))
                    if *target == to && usize::from(*last) + 1 == usize::from(lo) =>
                {
                    *last = hi;
                }
                _ => edges.push((lo, hi, to)),
            }
        }
        if let Some(&id) = self.bytes.get(&edges) {
            return Ok(id);
        }
        let id = self.push(State::Bytes(edges.clone()))?;
        self.bytes.insert(edges, id);
        Ok(id)
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
        work: &mut Work,
    ) -> Result<Vec<StateId>, PatternError> {
        self.generation += 1;
        let generation = self.generation;
        self.seen.resize(self.states.len(), 0);
        let mut set = Vec::new();
        let mut visited = 0;
        self.stack.extend_from_slice(roots);
        while let Some(id) = self.stack.pop() {
            let seen = &mut self.seen[id as usize];
            if *seen == generation {
                continue;
            }
            *seen = generation;
            visited += 1;
            match &self.states[id as usize] {
                State::Bytes(_) | State::Match => set.push(id),
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
        work.add(visited)?;
        set.sort_unstable();
        Ok(set)
    }

    /// Whether the string matches if it ends in the DFA state of `set`.
    fn accepts_at_end(
        &mut self,
        set: &[StateId],
        at_start: bool,
        work: &mut Work,
    ) -> Result<bool, PatternError> {
        let roots: Vec<StateId> = set
            .iter()
            .filter_map(|&id| match self.states[id as usize] {
                State::AssertEnd(next) => Some(next),
                _ => None,
            })
            .collect();
        Ok(self.closure(&roots, at_start, true, work)?.first() == Some(&NFA_MATCH))
    }

    /// Byte -> class, where bytes in a class are read alike by every byte state, and the
    /// number of classes.
    fn byte_classes(&self) -> ([u8; 256], usize) {
        let mut boundaries = [false; 257];
        for state in &self.states {
            if let State::Bytes(edges) = state {
                for &(lo, hi, _) in edges {
                    boundaries[usize::from(lo)] = true;
                    boundaries[usize::from(hi) + 1] = true;
                }
            }
        }
        classes_from(|byte| boundaries[byte])
    }
}

/// Byte -> class, a new class starting at each byte where `starts` holds, and the number
/// of classes.
fn classes_from(starts: impl Fn(usize) -> bool) -> ([u8; 256], usize) {
    let mut classes = [0; 256];
    let mut class = 0u8;
    for (byte, slot) in classes.iter_mut().enumerate().skip(1) {
        if starts(byte) {
            class += 1;
        }
        *slot = class;
    }
    (classes, usize::from(class) + 1)
}

/// The minimal DFA of `hir`, searched for anywhere in the string.
pub(super) fn compile(hir: &Hir) -> Result<Dfa, PatternError> {
    let table = search(hir, &mut Work(0))?;
    if table.accepts.len() > MAX_STATES {
        return Err(error(format!(
            "pattern needs more than {MAX_STATES} DFA states"
        )));
    }
    finish(&table)
}

/// The minimal DFA of the strings `hir` matches somewhere in.
///
/// A pattern that starts with `^` and lookaheads asks for each lookahead to match at the
/// start, as the rest does: its language is the intersection of theirs, those of negative
/// lookaheads complemented, each one found like that of a pattern `^` and its body.
fn search(hir: &Hir, work: &mut Work) -> Result<Table, PatternError> {
    let items = match hir {
        Hir::Concat(items) => &items[..],
        hir => std::slice::from_ref(hir),
    };
    let prefix = items
        .iter()
        .take_while(|hir| matches!(hir, Hir::Start | Hir::Look { .. }))
        .count();
    let looks: Vec<(bool, &Hir)> = items[..prefix]
        .iter()
        .filter_map(|hir| match hir {
            Hir::Look { negated, hir } => Some((*negated, &**hir)),
            _ => None,
        })
        .collect();
    // A lookahead before any `^` is left to `build`, which rejects it.
    if looks.is_empty() || items.first() != Some(&Hir::Start) {
        return determinize(hir, work)?.minimize(work);
    }
    let anchored = |rest: &[Hir]| {
        let mut items = vec![Hir::Start];
        items.extend_from_slice(rest);
        Hir::Concat(items)
    };
    let mut table = determinize(&anchored(&items[prefix..]), work)?.minimize(work)?;
    for (negated, body) in looks {
        let body = match body {
            Hir::Concat(items) => anchored(items),
            body => anchored(std::slice::from_ref(body)),
        };
        let mut language = search(&body, work)?;
        if negated {
            language = language.complement();
        }
        table = table.intersect(&language, work)?.minimize(work)?;
    }
    Ok(table)
}

/// The DFA of `hir` searched for anywhere, by the subset construction.
fn determinize(hir: &Hir, work: &mut Work) -> Result<Table, PatternError> {
    let mut nfa = Nfa::new();
    let pattern = nfa.build(hir, NFA_MATCH)?;
    // Threads started after the first byte only matter if they can get past `^`.
    let start = if nfa.closure(&[pattern], false, false, work)?.is_empty() {
        pattern
    } else {
        let start = nfa.push(State::Split(Vec::new()))?;
        let any = nfa.push(State::Bytes(vec![(0, 255, start)]))?;
        nfa.states[start as usize] = State::Split(vec![pattern, any]);
        start
    };
    let (classes, class_count) = nfa.byte_classes();
    let mut dfa = Table::new(classes, class_count);
    // The set of each DFA state, while it is still to explore.
    let mut sets: Vec<Vec<StateId>> = vec![Vec::new(), Vec::new()];
    // DFA states by set, and by the roots of the closure that gave the set: many bytes
    // lead to the same roots, and the closure is the costly step.
    let mut ids: HashMap<Vec<StateId>, u32> = HashMap::new();
    let mut by_roots: HashMap<Vec<StateId>, u32> = HashMap::new();
    let start_set = nfa.closure(&[start], true, false, work)?;
    // The start state is not entered in `ids`: it alone can get past `^` at the end.
    dfa.start = dfa.state(&mut nfa, &mut sets, None, start_set, true, work)?;
    let mut targets = vec![Vec::new(); class_count];
    let mut explored = 2;
    while explored < sets.len() {
        let set = std::mem::take(&mut sets[explored]);
        for &id in &set {
            if let State::Bytes(edges) = &nfa.states[id as usize] {
                for &(lo, hi, next) in edges {
                    let (first, last) = (classes[usize::from(lo)], classes[usize::from(hi)]);
                    for class in first..=last {
                        targets[usize::from(class)].push(next);
                    }
                }
            }
        }
        for class in 0..class_count {
            let roots = &mut targets[class];
            roots.sort_unstable();
            roots.dedup();
            // Neighbouring classes often lead to the same roots.
            let state = if class > 0 && targets[class - 1] == targets[class] {
                dfa.next[explored * class_count + class - 1]
            } else {
                work.add(targets[class].len())?;
                match by_roots.get(&targets[class]) {
                    Some(&state) => state,
                    None => {
                        let next = nfa.closure(&targets[class], false, false, work)?;
                        let state =
                            dfa.state(&mut nfa, &mut sets, Some(&mut ids), next, false, work)?;
                        by_roots.insert(targets[class].clone(), state);
                        state
                    }
                }
            };
            dfa.next[explored * class_count + class] = state;
        }
        targets.iter_mut().for_each(Vec::clear);
        explored += 1;
    }
    Ok(dfa)
}

/// A DFA over byte classes, as it is built: state `DEAD` rejects and state `MATCH`
/// accepts whatever follows, and both only lead to themselves.
struct Table {
    /// Byte -> class.
    classes: [u8; 256],
    class_count: usize,
    /// `next[state * class_count + class]` is the state after a byte of `class`.
    next: Vec<u32>,
    /// Whether the string matches if it ends in each state.
    accepts: Vec<bool>,
    start: u32,
}

impl Table {
    /// Just the dead and matched states.
    fn new(classes: [u8; 256], class_count: usize) -> Self {
        Table {
            classes,
            class_count,
            next: [vec![DEAD; class_count], vec![MATCH; class_count]].concat(),
            accepts: vec![false, true],
            start: DEAD,
        }
    }

    /// A new state whose transitions are still to fill in.
    fn add_state(&mut self, accepts: bool, work: &mut Work) -> Result<u32, PatternError> {
        if self.accepts.len() >= MAX_BUILD_STATES {
            return Err(too_many_build_states());
        }
        work.add(self.class_count)?;
        // `MAX_BUILD_STATES` fits in a `u32`.
        let id = self.accepts.len() as u32;
        self.accepts.push(accepts);
        self.next
            .extend(std::iter::repeat_n(DEAD, self.class_count));
        Ok(id)
    }

    /// The DFA state of `set`, made (and queued in `sets`) if new.
    fn state(
        &mut self,
        nfa: &mut Nfa,
        sets: &mut Vec<Vec<StateId>>,
        ids: Option<&mut HashMap<Vec<StateId>, u32>>,
        set: Vec<StateId>,
        at_start: bool,
        work: &mut Work,
    ) -> Result<u32, PatternError> {
        match set.first() {
            None => return Ok(DEAD),
            Some(&NFA_MATCH) => return Ok(MATCH),
            Some(_) => {}
        }
        work.add(set.len())?;
        if let Some(&id) = ids.as_ref().and_then(|ids| ids.get(&set)) {
            return Ok(id);
        }
        let accepts = nfa.accepts_at_end(&set, at_start, work)?;
        let id = self.add_state(accepts, work)?;
        if let Some(ids) = ids {
            ids.insert(set.clone(), id);
        }
        sets.push(set);
        Ok(id)
    }

    /// The strings this DFA rejects. Over all byte strings, which on the UTF-8 strings
    /// the matcher reads is their complement among strings: bytes that are not UTF-8
    /// never reach it.
    fn complement(mut self) -> Self {
        let swap = |state: u32| match state {
            DEAD => MATCH,
            MATCH => DEAD,
            state => state,
        };
        for accepts in &mut self.accepts {
            *accepts = !*accepts;
        }
        self.accepts.swap(0, 1);
        for next in &mut self.next {
            *next = swap(*next);
        }
        // Rows 0 and 1 hold only the dead and the matched state: now each other's.
        let k = self.class_count;
        let (dead, matched) = self.next.split_at_mut(k);
        dead.swap_with_slice(&mut matched[..k]);
        self.start = swap(self.start);
        self
    }

    /// The strings both DFAs accept: the product construction, from the pair of starts.
    fn intersect(&self, other: &Table, work: &mut Work) -> Result<Table, PatternError> {
        // A class of the product is a pair of classes.
        let (classes, class_count) = classes_from(|byte| {
            self.classes[byte] != self.classes[byte - 1]
                || other.classes[byte] != other.classes[byte - 1]
        });
        let mut pairs = vec![(0, 0); class_count];
        for byte in 0..256 {
            pairs[usize::from(classes[byte])] = (
                usize::from(self.classes[byte]),
                usize::from(other.classes[byte]),
            );
        }
        let mut product = Table::new(classes, class_count);
        let mut ids: HashMap<(u32, u32), u32> = HashMap::new();
        let mut queue = Vec::new();
        let mut id = |product: &mut Table,
                      queue: &mut Vec<(u32, u32)>,
                      (a, b): (u32, u32),
                      work: &mut Work| {
            if a == DEAD || b == DEAD {
                return Ok(DEAD);
            }
            if a == MATCH && b == MATCH {
                return Ok(MATCH);
            }
            if let Some(&id) = ids.get(&(a, b)) {
                return Ok(id);
            }
            let accepts = self.accepts[a as usize] && other.accepts[b as usize];
            let id = product.add_state(accepts, work)?;
            ids.insert((a, b), id);
            queue.push((a, b));
            Ok::<u32, PatternError>(id)
        };
        product.start = id(&mut product, &mut queue, (self.start, other.start), work)?;
        // States are numbered in the order they are queued, from 2.
        let mut explored = 2;
        while let Some(&(a, b)) = queue.get(explored - 2) {
            for (class, &(ca, cb)) in pairs.iter().enumerate() {
                let to = (
                    self.next[a as usize * self.class_count + ca],
                    other.next[b as usize * other.class_count + cb],
                );
                let to = id(&mut product, &mut queue, to, work)?;
                product.next[explored * class_count + class] = to;
            }
            explored += 1;
        }
        Ok(product)
    }

    /// Hopcroft's partition refinement, then the states renumbered: the dead state 0, the
    /// matched state 1, then the states that accept at the end, then the others, in
    /// breadth-first order from the start. States the start does not lead to are dropped.
    fn minimize(&self, work: &mut Work) -> Result<Table, PatternError> {
        let k = self.class_count;
        let n = self.accepts.len();
        // Refinement takes about `k n log n` steps.
        work.add(k * n * (usize::BITS - n.leading_zeros()) as usize)?;
        let mut partition = Partition::new(&self.accepts);
        // Predecessors: `sources[offsets[t * k + c]..offsets[t * k + c + 1]]` are the
        // states that go to `t` on class `c`.
        let mut offsets = vec![0u32; n * k + 1];
        for (from, &to) in self.next.iter().enumerate() {
            offsets[to as usize * k + from % k + 1] += 1;
        }
        for i in 1..offsets.len() {
            offsets[i] += offsets[i - 1];
        }
        let mut fill = offsets.clone();
        let mut sources = vec![0u32; n * k];
        for (from, &to) in self.next.iter().enumerate() {
            let slot = &mut fill[to as usize * k + from % k];
            // `from / k < n <= MAX_BUILD_STATES`, which fits in a `u32`.
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
        let block = |state: u32| partition.block[state as usize];
        let mut order = vec![block(DEAD), block(MATCH)];
        let mut number: Vec<Option<u32>> = vec![None; partition.first.len()];
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
            for &to in &self.next[representative * k..][..k] {
                queue.push_back(block(to));
            }
        }
        let accepts = |b: usize| self.accepts[partition.members(b)[0] as usize];
        order.extend(reachable.iter().copied().filter(|&b| accepts(b)));
        order.extend(reachable.iter().copied().filter(|&b| !accepts(b)));
        for (i, &b) in order.iter().enumerate() {
            // At most `n <= MAX_BUILD_STATES` blocks: fits in a `u32`.
            number[b] = Some(i as u32);
        }
        let renumber = |state: u32| number[block(state)].unwrap_or(DEAD);
        Ok(Table {
            classes: self.classes,
            class_count: k,
            next: order
                .iter()
                .flat_map(|&b| {
                    let representative = partition.members(b)[0] as usize;
                    self.next[representative * k..][..k]
                        .iter()
                        .map(|&to| renumber(to))
                })
                .collect(),
            accepts: order.iter().map(|&b| accepts(b)).collect(),
            start: renumber(self.start),
        })
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

/// The final DFA, from a minimal one of at most [`MAX_STATES`] states: the classes it
/// does not tell apart merged (numbered in byte order), and states numbered by the offset
/// of their row in the table, which saves the matcher a multiplication per byte.
fn finish(dfa: &Table) -> Result<Dfa, PatternError> {
    let class_count = dfa.class_count;
    let states = dfa.accepts.len();
    let column = |class: usize| -> Vec<u32> {
        (0..states)
            .map(|state| dfa.next[state * class_count + class])
            .collect()
    };
    // The merged class of each old class, and an old class of each merged one.
    let mut merged: HashMap<Vec<u32>, u8> = HashMap::new();
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
    // The matched state, then the states that accept at the end (see `minimize`).
    let accept_end = 1 + dfa.accepts[1..].iter().take_while(|&&a| a).count();
    // `stride <= 256` and, by the check above, every product fits in a `u16`.
    let offset = move |state: u32| state as u16 * stride as u16;
    Ok(Dfa {
        classes: dfa.classes.map(|class| renumber[usize::from(class)]),
        class_count: stride as u16,
        table: (0..states)
            .flat_map(|state| {
                representatives
                    .iter()
                    .map(move |&class| dfa.next[state * class_count + class])
            })
            .map(offset)
            .collect(),
        start: offset(dfa.start),
        accept_end: offset(accept_end as u32),
        // Read off the final table by `compile`.
        shape: None,
    })
}
