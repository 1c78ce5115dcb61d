//! `anyOf`/`oneOf` unions: a Rust enum with one variant per schema. Requests must match
//! one variant (exactly one for `oneOf`); responses decode to the first variant that
//! fits, or keep the JSON in an unknown variant.

use super::{Lower, Side, Ty, TypeBody, TypeDef, UnionDef, UnionVariant};
use crate::naming;
use crate::parse::{Kind, Schema, Union};

impl Lower<'_> {
    pub(super) fn union(
        &mut self,
        union: &Union,
        schema: &Schema,
        side: Side,
        name_hint: &str,
        name: Option<String>,
    ) -> Option<Ty> {
        let name = match name {
            Some(name) => name,
            None => self.names.claim(name_hint, &schema.pointer),
        };
        let mut variants: Vec<UnionVariant> = Vec::new();
        // `Unknown` is the variant of response values that fit none.
        let mut taken = super::names::VariantNames::reserving(&["Unknown"]);
        for (i, variant) in union.variants.iter().enumerate() {
            let tag = union.discriminator.as_ref().map(|d| d.tags[i].clone());
            let wanted = match &tag {
                Some(tag) => naming::type_name(tag),
                None => self.variant_name(variant),
            };
            let variant_name = taken.claim(wanted);
            let Some(ty) = self.ty(variant, side, &format!("{name}{variant_name}")) else {
                continue;
            };
            variants.push(UnionVariant {
                name: variant_name,
                ty,
                tag,
                pointer: variant.pointer.clone(),
            });
        }
        self.define(TypeDef {
            name: name.clone(),
            origin: schema.pointer.clone(),
            doc: schema.description.clone().or_else(|| schema.title.clone()),
            deprecated: schema.deprecated,
            body: TypeBody::Union(UnionDef {
                side,
                kind: union.kind,
                variants,
                tag: union.discriminator.as_ref().map(|d| d.property.clone()),
            }),
        });
        Some(Ty::Named(name))
    }

    /// A variant is named after its component, its title, or else its JSON type.
    fn variant_name(&self, variant: &Schema) -> String {
        if let Kind::Ref(component) = &variant.kind {
            return naming::component_type_name(component);
        }
        if let Some(title) = &variant.title {
            return naming::type_name(title);
        }
        let kind = match &variant.kind {
            Kind::String(rules) if rules.values.is_some() => "Known",
            Kind::String(_) => "String",
            Kind::Integer(rules) if rules.values.is_some() => "Known",
            Kind::Integer(_) => "Integer",
            Kind::Number(rules) if rules.values.is_some() => "Known",
            Kind::Number(_) => "Number",
            Kind::Boolean => "Boolean",
            Kind::Null => "Null",
            Kind::Values(_) => "Constant",
            Kind::Object(_) => "Object",
            Kind::Array(_) => "List",
            Kind::Union(_) => "Union",
            Kind::Nullable(_) => "Nullable",
            Kind::Ref(_) | Kind::Any => "Json",
            Kind::Untyped(inner, _) => return self.variant_name(inner),
        };
        kind.to_owned()
    }
}
