//! The longest chain of generated types that contain one another, which rustc cannot
//! compile past a depth (`MAX_NESTING`): found without recursion, refused at the schema
//! of its first type.

use super::{Api, MAX_NESTING};
use crate::error::Ctxt;
use std::collections::HashMap;

/// Reports the deepest chain of types if it is longer than `MAX_NESTING`.
pub(super) fn check(cx: &Ctxt, api: &Api) {
    let contains = |name: &str| -> Vec<&str> {
        api.types
            .get(name)
            .map(|def| {
                def.body
                    .tys()
                    .into_iter()
                    .filter_map(|ty| ty.named())
                    .collect()
            })
            .unwrap_or_default()
    };
    // The longest chain from each type, following no type twice on one path (a type
    // that contains itself is boxed, which rustc handles).
    let mut depth: HashMap<&str, usize> = HashMap::new();
    let mut next: HashMap<&str, &str> = HashMap::new();
    for root in api.types.keys() {
        if depth.contains_key(root.as_str()) {
            continue;
        }
        // Depth-first, with an explicit stack: (type, what it contains, next to visit).
        let mut stack: Vec<(&str, Vec<&str>, usize)> = vec![(root, contains(root), 0)];
        let mut on_path: Vec<&str> = vec![root];
        while let Some((name, children, at)) = stack.last_mut() {
            let name = *name;
            if let Some(&child) = children.get(*at) {
                *at += 1;
                if !depth.contains_key(child) && !on_path.contains(&child) {
                    on_path.push(child);
                    stack.push((child, contains(child), 0));
                }
                continue;
            }
            let deepest = children
                .iter()
                .filter_map(|child| depth.get(child).map(|d| (*d, *child)))
                .max();
            depth.insert(name, 1 + deepest.map_or(0, |(d, _)| d));
            if let Some((_, child)) = deepest {
                next.insert(name, child);
            }
            stack.pop();
            on_path.pop();
        }
    }
    let Some((&first, &longest)) = depth
        .iter()
        .max_by_key(|(name, d)| (**d, std::cmp::Reverse(**name)))
    else {
        return;
    };
    if longest <= MAX_NESTING {
        return;
    }
    let mut chain = vec![first];
    while chain.len() < 4
        && let Some(&child) = next.get(chain[chain.len() - 1])
    {
        chain.push(child);
    }
    cx.error(
        &api.types[first].origin,
        format!(
            "{longest} types contain one another from here ({} …): rustc cannot compile a chain of types nested more than {MAX_NESTING} deep",
            chain.join(" → ")
        ),
    );
}
