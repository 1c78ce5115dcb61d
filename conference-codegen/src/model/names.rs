//! Every Rust type name the generator makes, claimed in one place so two never collide:
//! components are named first (in document order), then everything else takes the next
//! free spelling of the name it wants.

use super::Side;
use super::reach::Reach;
use crate::naming;
use serde_json::Value;
use std::collections::{BTreeMap, HashMap, HashSet};

/// Names of the runtime that generated code brings into scope with the types.
const RESERVED: &[&str] = &["Api"];

#[derive(Debug, Default)]
pub struct Names {
    /// Name -> the JSON pointer of what took it.
    taken: BTreeMap<String, String>,
    /// (component, side) -> its type name.
    components: HashMap<(String, Side), String>,
}

impl Names {
    /// Names every reached component, in document order: its name without the namespace
    /// (`Video.Conference` -> `Conference`), else with it (`VideoConference`), else
    /// numbered. A component reached from both sides also gets a name for its lenient
    /// response type (`ConferenceResponse`).
    pub fn for_components(doc: &Value, reach: &Reach) -> Names {
        let mut names = Names::default();
        for reserved in RESERVED {
            names.taken.insert(
                (*reserved).to_owned(),
                "the generated client trait".to_owned(),
            );
        }
        let components: Vec<&String> = doc
            .pointer("/components/schemas")
            .and_then(Value::as_object)
            .map(|schemas| schemas.keys().collect())
            .unwrap_or_default();
        let mut both = Vec::new();
        for component in components {
            let (request, response) = (
                reach.request.contains(component),
                reach.response.contains(component),
            );
            if !request && !response {
                continue;
            }
            let origin = format!("#/components/schemas/{}", crate::parse::escape(component));
            let short = naming::component_type_name(component);
            let name = if names.is_free(&short) {
                names.claim_exact(&short, &origin)
            } else {
                names.claim(&naming::type_name(component), &origin)
            };
            let sides: &[Side] = match (request, response) {
                (true, true) => {
                    both.push((component.clone(), name.clone(), origin));
                    &[Side::Request]
                }
                (true, false) => &[Side::Request],
                _ => &[Side::Response],
            };
            for side in sides {
                names
                    .components
                    .insert((component.clone(), *side), name.clone());
            }
        }
        for (component, name, origin) in both {
            let lenient = names.claim(&format!("{name}Response"), &origin);
            names
                .components
                .insert((component, Side::Response), lenient);
        }
        names
    }

    /// The type name of a component on one side.
    pub fn component(&self, component: &str, side: Side) -> String {
        self.components
            .get(&(component.to_owned(), side))
            .cloned()
            .unwrap_or_else(|| naming::component_type_name(component))
    }

    /// The name a component's enum or constrained type takes: one type serves both sides.
    pub fn shared(&self, component: &str) -> String {
        self.components
            .get(&(component.to_owned(), Side::Request))
            .or_else(|| self.components.get(&(component.to_owned(), Side::Response)))
            .cloned()
            .unwrap_or_else(|| naming::component_type_name(component))
    }

    pub fn is_free(&self, name: &str) -> bool {
        !self.taken.contains_key(name)
    }

    /// Who took `name`, if anyone.
    pub fn owner(&self, name: &str) -> Option<&str> {
        self.taken.get(name).map(String::as_str)
    }

    /// Takes `name` for `origin` as it is (the caller checked it is free, or it is the
    /// component's own name).
    pub fn claim_exact(&mut self, name: &str, origin: &str) -> String {
        self.taken.insert(name.to_owned(), origin.to_owned());
        name.to_owned()
    }

    /// Takes `wanted`, or the first of `wanted2`, `wanted3`… that is free, together with
    /// the names derived from it (`…Builder` of a request struct).
    pub fn claim(&mut self, wanted: &str, origin: &str) -> String {
        self.claim_with(wanted, origin, &[])
    }

    pub fn claim_with(&mut self, wanted: &str, origin: &str, derived: &[&str]) -> String {
        let free = |names: &Names, candidate: &str| {
            names.is_free(candidate)
                && derived
                    .iter()
                    .all(|suffix| names.is_free(&format!("{candidate}{suffix}")))
        };
        let name = next_free(wanted, "", |candidate| !free(self, candidate));
        self.taken.insert(name.clone(), origin.to_owned());
        for suffix in derived {
            self.taken
                .insert(format!("{name}{suffix}"), origin.to_owned());
        }
        name
    }

    /// Takes the derived names of a type whose own name is already taken.
    pub fn claim_derived(&mut self, name: &str, origin: &str, derived: &[&str]) -> Vec<String> {
        let mut clashes = Vec::new();
        for suffix in derived {
            let full = format!("{name}{suffix}");
            match self.taken.get(&full) {
                Some(owner) if owner != origin => {
                    clashes.push(format!("{full} (taken by {owner})"))
                }
                _ => {
                    self.taken.insert(full, origin.to_owned());
                }
            }
        }
        clashes
    }
}

/// `wanted`, or the first of `wanted2`, `wanted3`… (with `separator` before the number)
/// that is not `taken`: the one way every generated name avoids a clash.
/// The variant names of one enum or union, taken in linear time: a 50,000-value enum
/// once took a minute to name (each name was checked against every earlier one).
#[derive(Default)]
pub(super) struct VariantNames {
    taken: HashSet<String>,
    /// The next number to try after a wanted name (`Value2`, `Value3`…).
    next: HashMap<String, usize>,
}

impl VariantNames {
    /// Names this enum cannot use for its values (`Unknown`, a union's own variant).
    pub fn reserving(names: &[&str]) -> Self {
        VariantNames {
            taken: names.iter().map(|&name| name.to_owned()).collect(),
            next: HashMap::new(),
        }
    }

    /// `wanted`, or `wanted2`, `wanted3`… whichever is free first.
    pub fn claim(&mut self, wanted: String) -> String {
        let name = if self.taken.contains(&wanted) {
            let n = self.next.entry(wanted.clone()).or_insert(2);
            loop {
                let candidate = format!("{wanted}{n}");
                *n += 1;
                if !self.taken.contains(&candidate) {
                    break candidate;
                }
            }
        } else {
            wanted
        };
        self.taken.insert(name.clone());
        name
    }
}

pub(super) fn next_free(wanted: &str, separator: &str, taken: impl Fn(&str) -> bool) -> String {
    if !taken(wanted) {
        return wanted.to_owned();
    }
    (2..)
        .map(|n| format!("{wanted}{separator}{n}"))
        .find(|candidate| !taken(candidate))
        .unwrap_or_else(|| wanted.to_owned())
}
