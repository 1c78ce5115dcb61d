//! The client methods: one trait per schema file, implemented for the runtime's `Client`.
//! A trait (not an inherent `impl Client`) is what lets any crate generate methods for a
//! type that `conference-api` defines.

use super::{doc, rust_type};
use crate::model::{
    Access, Api, BodyMedia, Operation, Pages, ParamIn, Payload, Ty, TypeBody, template_names,
};
use crate::naming::{field_name, ident};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

pub fn emit_client(api: &Api) -> TokenStream {
    if api.operations.is_empty() {
        return TokenStream::new();
    }
    let mut docs = Vec::new();
    let mut signatures = Vec::new();
    let mut bodies = Vec::new();
    for op in &api.operations {
        docs.push(call_doc(op));
        signatures.push(signature(api, op));
        bodies.push(body(api, op));
        if let Some(pages) = &op.pages {
            docs.push(stream_doc(op));
            signatures.push(stream_signature(op, pages));
            bodies.push(stream_body(op, pages));
        }
    }
    let response_enums = api.operations.iter().filter_map(response_enum);
    let error_enums = api.operations.iter().filter_map(error_enum);
    quote! {
        #(#response_enums)*
        #(#error_enums)*

        /// The operations of the schema, as methods of [`Client`](::conference_api::Client).
        /// Bring the trait into scope to call them.
        pub trait Api {
            #( #docs #signatures; )*
        }

        impl Api for __rt::Client {
            #( #signatures #bodies )*
        }
    }
}

fn call_doc(op: &Operation) -> TokenStream {
    let mut text = op.doc.clone().unwrap_or_default();
    text.push_str(&format!(
        "\n\n`{} {}`. Returns a [`Call`](::conference_api::Call): set per-call options on it, then `.await` it.",
        op.method.to_uppercase(),
        op.path
    ));
    if op.body_media.len() > 1
        || op
            .body_media
            .first()
            .is_some_and(|media| *media != BodyMedia::Json)
    {
        let names: Vec<String> = op
            .body_media
            .iter()
            .map(|media| format!("`{}`", media.as_str()))
            .collect();
        text.push_str(&format!(
            " The body is sent as {}; [`Call::media_type`](::conference_api::Call::media_type) chooses among {}.",
            names[0],
            names.join(", ")
        ));
    }
    if op.body.is_some() && !op.body_required {
        text.push_str(" The body is optional: `None` sends none.");
    }
    if let Some(name) = &op.error_enum {
        text.push_str(&format!(
            "\n\nOn an [`Error::Api`](::conference_api::Error::Api), [`{name}::from_api_error`] gives the error body typed as the document says for the status that came."
        ));
    }
    doc(Some(&text))
}

/// What a call returns: the enum of its success statuses when it has several, else its
/// one body's type.
fn response_type(op: &Operation) -> TokenStream {
    match (&op.response_enum, op.successes.as_slice()) {
        (Some(name), _) => {
            let name = ident(name);
            quote!(#name)
        }
        (None, [success]) => payload_type(&success.body),
        (None, _) => quote!(()),
    }
}

fn payload_type(payload: &Payload) -> TokenStream {
    match payload {
        Payload::Empty => quote!(()),
        Payload::Json(ty) => rust_type(ty),
        Payload::Text => quote!(__rt::String),
        Payload::Bytes => quote!(__rt::Vec<u8>),
    }
}

/// The runtime's decoder of a success body (`fn(status, body)`).
fn payload_decoder(payload: &Payload) -> TokenStream {
    match payload {
        Payload::Empty => quote!(__rt::success_empty),
        Payload::Json(ty) => {
            let ty = rust_type(ty);
            quote!(__rt::success_json::<#ty>)
        }
        Payload::Text => quote!(__rt::success_text),
        Payload::Bytes => quote!(__rt::success_bytes),
    }
}

/// The enum of an operation's success statuses, one variant per status.
fn response_enum(op: &Operation) -> Option<TokenStream> {
    let name = ident(op.response_enum.as_ref()?);
    let docs = doc(Some(&format!(
        "The success responses of `{}`: one variant per documented status.",
        op.id
    )));
    let variants = op.successes.iter().map(|success| {
        let variant = ident(&success.variant);
        let status = if success.range {
            "Any other 2xx status (`2XX`)".to_owned()
        } else {
            format!("Status {}", success.status)
        };
        match &success.body {
            Payload::Empty => {
                let docs = doc(Some(&format!("{status}, without a body.")));
                quote!(#docs #variant)
            }
            body => {
                let docs = doc(Some(&format!("{status}, with its body.")));
                let ty = payload_type(body);
                quote!(#docs #variant(#ty))
            }
        }
    });
    Some(quote! {
        #docs
        #[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
        pub enum #name {
            #(#variants,)*
        }
    })
}

/// The enum of an operation's typed error bodies, one variant per error response with
/// a JSON body, and its constructor from the runtime's `ApiError`: the runtime tells
/// which documented response the status falls under, the variant's type decodes the
/// body the error kept.
fn error_enum(op: &Operation) -> Option<TokenStream> {
    let name = ident(op.error_enum.as_ref()?);
    let id = &op.id;
    let docs = doc(Some(&format!(
        "The error bodies `{id}` documents, typed: [`from_api_error`](Self::from_api_error) decodes one."
    )));
    let mut variants = Vec::new();
    let mut arms = Vec::new();
    let mut seen = Vec::new();
    for (code, ty) in &op.error_bodies {
        // `4XX` and `4xx` are one range: the first is used.
        let Some(ty) = ty.as_ref().filter(|_| !seen.contains(code)) else {
            continue;
        };
        seen.push(*code);
        let variant = ident(&error_variant(*code));
        let ty = rust_type(ty);
        let docs = doc(Some(&match code {
            0 => "Any other status (`default`).".to_owned(),
            1..=5 => format!("A {code}xx status not listed itself (`{code}XX`)."),
            _ => format!("Status {code}."),
        }));
        variants.push(quote!(#docs #variant(#ty)));
        let code = proc_macro2::Literal::u16_unsuffixed(*code);
        arms.push(quote!(#code => error.__body_as().map(Self::#variant),));
    }
    Some(quote! {
        #docs
        #[derive(__rt::Clone, __rt::Debug)]
        #[non_exhaustive]
        pub enum #name {
            #(#variants,)*
        }
        impl #name {
            /// The body of `error` (token redacted), typed by its status (exact, range,
            /// `default`); `None` when no body is documented or it does not decode.
            pub fn from_api_error(error: &__rt::ApiError) -> __rt::Option<Self> {
                match error.__documented_as(#id)? {
                    #(#arms)*
                    _ => __rt::None,
                }
            }
        }
    })
}

/// The variant of an error response in an operation's error enum.
fn error_variant(code: u16) -> String {
    let name = match code {
        0 => "Default",
        1 => "Informational",
        3 => "Redirection",
        4 => "ClientError",
        5 => "ServerError",
        400 => "BadRequest",
        401 => "Unauthorized",
        402 => "PaymentRequired",
        403 => "Forbidden",
        404 => "NotFound",
        405 => "MethodNotAllowed",
        406 => "NotAcceptable",
        408 => "RequestTimeout",
        409 => "Conflict",
        410 => "Gone",
        412 => "PreconditionFailed",
        413 => "ContentTooLarge",
        415 => "UnsupportedMediaType",
        422 => "UnprocessableEntity",
        429 => "TooManyRequests",
        500 => "InternalServerError",
        501 => "NotImplemented",
        502 => "BadGateway",
        503 => "ServiceUnavailable",
        504 => "GatewayTimeout",
        code => return format!("Status{code}"),
    };
    name.to_owned()
}

/// The decoder a generated method gives its `Call`: the body's, or with several success
/// statuses a closure that picks the variant by status.
fn decoder(op: &Operation) -> TokenStream {
    let Some(name) = &op.response_enum else {
        return op
            .successes
            .first()
            .map_or_else(|| quote!(__rt::success_empty), |s| payload_decoder(&s.body));
    };
    let name = ident(name);
    let arms = op.successes.iter().map(|success| {
        let variant = ident(&success.variant);
        let decode = payload_decoder(&success.body);
        let pattern = if success.range {
            quote!(200u16..=299u16)
        } else {
            let status = success.status;
            quote!(#status)
        };
        match success.body {
            Payload::Empty => quote!(#pattern => #decode(status, body).map(|()| #name::#variant),),
            _ => quote!(#pattern => #decode(status, body).map(#name::#variant),),
        }
    });
    let documented = op.successes.iter().map(|success| success.status);
    quote! {
        |status, body| match status {
            #(#arms)*
            _ => __rt::undocumented_success(status, &[#(#documented),*]),
        }
    }
}

/// The `Accept` header: the success bodies' media types.
fn accept(op: &Operation) -> String {
    let mut media: Vec<&str> = Vec::new();
    for success in &op.successes {
        if !media.contains(&success.media.as_str()) {
            media.push(&success.media);
        }
    }
    media.join(", ")
}

/// The arguments of an operation's path and other parameters.
fn parameter_args(op: &Operation) -> impl Iterator<Item = TokenStream> + '_ {
    let path_params = op.path_params.iter().map(|p| {
        let name = ident(&p.name);
        // `&str`, not `&String`: any string slice names a resource.
        let ty = match p.ty {
            Ty::String => quote!(str),
            _ => rust_type(&p.ty),
        };
        quote!(#name: &#ty)
    });
    let query = op.query.as_ref().map(|name| {
        let ty = ident(name);
        quote!(params: &#ty)
    });
    path_params.chain(query)
}

fn signature(api: &Api, op: &Operation) -> TokenStream {
    let method = ident(&op.name);
    let body = op.body.as_ref().map(|ty| {
        // A list is taken as a slice, as Rust APIs take lists.
        let rust = match ty {
            Ty::Vec(item) => {
                let item = rust_type(item);
                quote!([#item])
            }
            _ => rust_type(ty),
        };
        match (op.body_required, api.is_object(ty)) {
            (true, true) => quote!(body: impl __rt::IntoBody<#rust>),
            (true, false) => quote!(body: &#rust),
            // An optional body: `None` sends none.
            (false, _) => quote!(body: __rt::Option<&#rust>),
        }
    });
    let args = parameter_args(op).chain(body);
    let response = response_type(op);
    quote! {
        fn #method<'a>(&'a self, #(#args),*) -> __rt::Call<'a, #response>
    }
}

fn stream_doc(op: &Operation) -> TokenStream {
    doc(Some(&format!(
        "Every item of [`{name}`](Self::{name}), page after page: the first page as that \
         call asks for it, each next one with the query of the page's `links.next`.\n\nReturns a \
         [`PageStream`](::conference_api::PageStream): it asks for a page when the items of \
         the one before have been taken, follows links only on the client's base URL, and \
         ends with one [`PageError`](::conference_api::PageError) when a page fails or the \
         server never reaches a last page.",
        name = op.name
    )))
}

fn stream_signature(op: &Operation, pages: &Pages) -> TokenStream {
    let method = ident(&pages.method);
    let args = parameter_args(op);
    let item = rust_type(&pages.item);
    quote! {
        fn #method<'a>(&'a self, #(#args),*) -> __rt::PageStream<'a, #item>
    }
}

/// A stream method: it owns copies of its parameters, from which the stream makes each
/// page's call.
fn stream_body(op: &Operation, pages: &Pages) -> TokenStream {
    let call = ident(&op.name);
    let path_params: Vec<_> = op.path_params.iter().map(|p| ident(&p.name)).collect();
    let query = op.query.as_ref().map(|_| format_ident!("params"));
    let args = path_params.iter().chain(query.iter());
    let owned = path_params
        .iter()
        .map(|name| quote!(let #name = __rt::ToOwned::to_owned(#name);))
        .chain(
            query
                .iter()
                .map(|params| quote!(let #params = __rt::Clone::clone(#params);)),
        );
    let page = ident(&pages.page);
    let item = rust_type(&pages.item);
    let data = ident(&pages.data.name);
    let data = match pages.data.optional {
        false => quote!(page.#data),
        true => quote!(page.#data.unwrap_or_default()),
    };
    let links = ident(&pages.links.name);
    let next = ident(&pages.next.name);
    let next = match (pages.links.optional, pages.next.optional) {
        (false, false) => quote!(__rt::Some(page.#links.#next)),
        (false, true) => quote!(page.#links.#next),
        (true, false) => quote!(page.#links.map(|links| links.#next)),
        (true, true) => quote!(page.#links.and_then(|links| links.#next)),
    };
    let key = match &pages.id {
        Some(Access {
            name,
            optional: false,
        }) => {
            let id = ident(name);
            quote!(digest.id(&item.#id))
        }
        Some(Access {
            name,
            optional: true,
        }) => {
            let id = ident(name);
            quote!(digest.id_or_item(item.#id.as_ref(), item))
        }
        None => quote!(digest.item(item)),
    };
    quote! {
        {
            #(#owned)*
            __rt::PageStream::new(
                move || self.#call(#(&#args),*),
                |page: #page| (#data, #next),
                |item: &#item, digest| #key,
            )
        }
    }
}

fn body(api: &Api, op: &Operation) -> TokenStream {
    let id = &op.id;
    let method = format_ident!("{}", op.method);
    let template = &op.path;
    let success = op.successes.first().map_or(200, |s| s.status);
    let accept = accept(op);
    let files = &op.body_files;
    let errors = &op.error_statuses;
    let path = path_expression(op);
    let query = match op.query {
        Some(_) => quote!(params.to_query()),
        None => quote!(__rt::Vec::new()),
    };
    let sends_headers = op.query.as_ref().and_then(|name| api.types.get(name)).is_some_and(|def| {
        matches!(&def.body, TypeBody::Params(fields) if fields.iter().any(|f| f.sent_in != ParamIn::Query))
    });
    let headers = match sends_headers {
        true => quote!(params.to_headers()),
        false => quote!(__rt::Vec::new()),
    };
    // Structs and unions are checked by `IntoBody`; other types are valid by
    // construction and only serialized.
    let encode = match &op.body {
        Some(ty) if api.is_object(ty) => quote!(__rt::IntoBody::into_body),
        _ => quote!(__rt::encode_json),
    };
    let body = match op.body {
        Some(_) if op.body_required => quote!(__rt::Some(#encode(body))),
        Some(_) => quote!(body.map(#encode)),
        None => quote!(__rt::None),
    };
    let media = op.body_media.iter().map(|media| match media {
        BodyMedia::Json => quote!(__rt::MediaType::Json),
        BodyMedia::Form => quote!(__rt::MediaType::Form),
        BodyMedia::Multipart => quote!(__rt::MediaType::Multipart),
    });
    let decode = decoder(op);
    quote! {
        {
            const OPERATION: __rt::Operation = __rt::Operation {
                id: #id,
                method: __rt::Method::#method,
                path_template: #template,
                success_status: #success,
                documented_errors: &[#(#errors),*],
                media: &[#(#media),*],
                accept: #accept,
                files: &[#(#files),*],
            };
            let parts = __rt::RequestParts {
                path: #path,
                query: #query,
                headers: #headers,
                body: #body,
            };
            __rt::Call::new(self, &OPERATION, parts, #decode)
        }
    }
}

/// The request path with each `{name}` replaced by its percent-encoded parameter.
fn path_expression(op: &Operation) -> TokenStream {
    let names = template_names(&op.path);
    if names.is_empty() {
        let path = &op.path;
        return quote!(__rt::String::from(#path));
    }
    let mut format = op.path.replace('{', "{{").replace('}', "}}");
    let mut args = Vec::new();
    for name in names {
        format = format.replacen(&format!("{{{{{name}}}}}"), "{}", 1);
        let param = op.path_params.iter().find(|p| p.wire == name);
        let ident = ident(&param.map_or_else(|| field_name(name), |p| p.name.clone()));
        args.push(quote!(__rt::encode_path_segment(&__rt::ToString::to_string(#ident))));
    }
    quote!(::std::format!(#format, #(#args),*))
}
