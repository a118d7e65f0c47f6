//! `cargo xtask i18n`: the widget's catalogues, `src/i18n/<tag>.rs`, written from the
//! translators' files, `locales/<tag>.ftl` (Project Fluent syntax).
//!
//! The catalogue structs of `src/i18n/mod.rs` stay the single list of what the widget says: each
//! field is a message (`status_label` of `TrackingMessages` is `tracking-status-label`), and a
//! field's parameters, named in its `fn(..)` type, are the `{ $names }` its message may use.
//! The generated code is what one would write by hand (a `&'static str`, a closure around
//! `format!`, a `match`), so the catalogues cost the same bytes and keep their compile-time
//! completeness. Plural categories (`[one]`, `[few]`, …) are picked by the browser's
//! `Intl.PluralRules` through `crate::format::plural`; exact numbers (`[1]`) by `match`.
//!
//! A test (`catalogues_are_fresh`) fails when a committed catalogue differs from what its file
//! generates, as `openapi.json` does for the contract.

use std::{
    collections::{BTreeMap, BTreeSet},
    fmt::Write as _,
    path::Path,
};

use anyhow::{anyhow, bail, Context, Result};
use fluent_syntax::ast;

/// The languages, as (file tag, `Locale` variant); English is the source language.
pub const LANGUAGES: [(&str, &str); 5] = [
    ("it", "It"),
    ("en", "En"),
    ("de", "De"),
    ("fr", "Fr"),
    ("es", "Es"),
];

/// The catalogues of one language: (struct, static, message id prefix).
const CATALOGUES: [(&str, &str, &str); 3] = [
    ("Messages", "MESSAGES", ""),
    ("TrackingMessages", "TRACKING", "tracking-"),
    ("ComplaintMessages", "COMPLAINTS", "complaints-"),
];

/// Writes every `src/i18n/<tag>.rs` from its `locales/<tag>.ftl`.
pub fn main(root: &Path) -> Result<()> {
    for (tag, rust) in generate(root)? {
        let path = root.join(format!("src/i18n/{tag}.rs"));
        std::fs::write(&path, rust).with_context(|| format!("writing {}", path.display()))?;
    }
    Ok(())
}

/// Every catalogue's Rust source, by language tag, as generated from the files under `root`.
pub fn generate(root: &Path) -> Result<Vec<(&'static str, String)>> {
    let path = root.join("src/i18n/mod.rs");
    let schema =
        std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    let mut sources = Vec::new();
    for (tag, _) in LANGUAGES {
        let path = root.join(format!("locales/{tag}.ftl"));
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("reading {}", path.display()))?;
        sources.push((tag, text));
    }
    generate_from(&schema, &sources)
}

/// The catalogues from the text of `src/i18n/mod.rs` and of each language's file.
fn generate_from(
    schema: &str,
    sources: &[(&'static str, String)],
) -> Result<Vec<(&'static str, String)>> {
    let schema = read_schema(schema)?;
    let source_keys = {
        let (_, english) = sources
            .iter()
            .find(|(tag, _)| *tag == "en")
            .expect("English");
        choice_keys(&schema, &parse("locales/en.ftl", english)?)?
    };
    let mut out = Vec::new();
    for (tag, text) in sources {
        let (_, variant) = LANGUAGES
            .into_iter()
            .find(|(t, _)| t == tag)
            .ok_or_else(|| anyhow!("no language {tag}"))?;
        let file = format!("locales/{tag}.ftl");
        let messages = parse(&file, text)?;
        let keys = choice_keys(&schema, &messages)?;
        for (id, english) in &source_keys {
            let theirs = keys.get(id).cloned().unwrap_or_default();
            if &theirs != english {
                bail!(
                    "{file}: `{id}` chooses its words by {} where locales/en.ftl has {}; \
                     every language names the same cases",
                    list(&theirs),
                    list(english)
                );
            }
        }
        let rust = write_catalogue(&file, variant, &schema, &messages)?;
        out.push((*tag, rust));
    }
    Ok(out)
}

fn list(keys: &BTreeSet<String>) -> String {
    let keys: Vec<_> = keys.iter().map(|key| format!("[{key}]")).collect();
    if keys.is_empty() {
        "nothing".to_owned()
    } else {
        keys.join(" ")
    }
}

// ---------------------------------------------------------------------------------------------
// The schema: the catalogue structs of src/i18n/mod.rs

/// What a message is given.
#[derive(Debug, Clone, PartialEq)]
enum Param {
    /// `&str`: written as it is.
    Text,
    /// An integer: written in digits, and chosen on by exact value or plural category.
    Number,
    /// A contract enum (its name): only chosen on, by variant name.
    Choice(String),
}

#[derive(Debug)]
enum Field {
    /// `&'static str`.
    Fixed,
    /// `fn(name: type, …) -> String` or `-> &'static str`.
    Function {
        params: Vec<(String, Param)>,
        owned: bool,
    },
    /// The catalogue's own language (`locale: Locale`), not a message.
    Locale,
}

struct Catalogue {
    name: &'static str,
    static_name: &'static str,
    prefix: &'static str,
    fields: Vec<(String, Field)>,
}

impl Catalogue {
    fn id(&self, field: &str) -> String {
        format!("{}{}", self.prefix, field.replace('_', "-"))
    }
}

fn read_schema(text: &str) -> Result<Vec<Catalogue>> {
    let path = "src/i18n/mod.rs";
    let file = syn::parse_file(text).with_context(|| format!("parsing {path}"))?;
    CATALOGUES
        .into_iter()
        .map(|(name, static_name, prefix)| {
            let item = file
                .items
                .iter()
                .find_map(|item| match item {
                    syn::Item::Struct(s) if s.ident == name => Some(s),
                    _ => None,
                })
                .ok_or_else(|| anyhow!("{path}: no `struct {name}`"))?;
            let fields = item
                .fields
                .iter()
                .map(|field| {
                    let ident = field.ident.as_ref().expect("named fields").to_string();
                    let kind = field_kind(&field.ty)
                        .with_context(|| format!("{path}: field `{name}.{ident}`"))?;
                    Ok((ident, kind))
                })
                .collect::<Result<_>>()?;
            Ok(Catalogue {
                name,
                static_name,
                prefix,
                fields,
            })
        })
        .collect()
}

fn type_name(ty: &syn::Type) -> Option<String> {
    match ty {
        syn::Type::Path(path) => path.path.get_ident().map(ToString::to_string),
        _ => None,
    }
}

fn field_kind(ty: &syn::Type) -> Result<Field> {
    match ty {
        syn::Type::Reference(_) => Ok(Field::Fixed),
        syn::Type::BareFn(function) => {
            let params = function
                .inputs
                .iter()
                .map(|input| {
                    let Some((name, _)) = &input.name else {
                        bail!("name each parameter, as in `fn(count: u32)`: the name is the message's {{ $count }}");
                    };
                    let param = match &input.ty {
                        syn::Type::Reference(_) => Param::Text,
                        ty => match type_name(ty).as_deref() {
                            Some("u8" | "u16" | "u32" | "u64" | "usize" | "i32" | "i64") => {
                                Param::Number
                            }
                            Some(name) => Param::Choice(name.to_owned()),
                            None => bail!("a parameter is &str, an integer or a contract enum"),
                        },
                    };
                    Ok((name.to_string(), param))
                })
                .collect::<Result<_>>()?;
            let owned = match &function.output {
                syn::ReturnType::Type(_, ty) => type_name(ty).as_deref() == Some("String"),
                syn::ReturnType::Default => bail!("a message returns String or &'static str"),
            };
            Ok(Field::Function { params, owned })
        }
        ty if type_name(ty).as_deref() == Some("Locale") => Ok(Field::Locale),
        _ => bail!("a message is &'static str or fn(..) -> String / &'static str"),
    }
}

// ---------------------------------------------------------------------------------------------
// The translators' file

/// Parses one `.ftl` file into its messages, by id; any syntax error stops with its line.
fn parse<'a>(file: &str, text: &'a str) -> Result<BTreeMap<&'a str, ast::Pattern<&'a str>>> {
    let resource = fluent_syntax::parser::parse(text).map_err(|(_, errors)| {
        let lines: Vec<_> = errors
            .iter()
            .map(|error| {
                let line = text[..error.pos.start.min(text.len())]
                    .lines()
                    .count()
                    .max(1);
                format!("{file}:{line}: {:?}", error.kind)
            })
            .collect();
        anyhow!("{}", lines.join("\n"))
    })?;
    let mut messages = BTreeMap::new();
    for entry in resource.body {
        match entry {
            ast::Entry::Message(message) => {
                let id = message.id.name;
                let Some(value) = message.value else {
                    bail!("{file}: `{id}` has no words");
                };
                if !message.attributes.is_empty() {
                    bail!(
                        "{file}: `{id}` has attributes (.name = …), which the widget never reads"
                    );
                }
                if messages.insert(id, value).is_some() {
                    bail!("{file}: `{id}` is written twice");
                }
            }
            ast::Entry::Term(term) => {
                bail!(
                    "{file}: terms (-{}) are not used: write the words out",
                    term.id.name
                )
            }
            ast::Entry::Junk { content } => bail!("{file}: cannot read `{}`", content.trim()),
            _ => {}
        }
    }
    Ok(messages)
}

/// The variant names each message chooses on (for contract enums), by message id.
fn choice_keys(
    schema: &[Catalogue],
    messages: &BTreeMap<&str, ast::Pattern<&str>>,
) -> Result<BTreeMap<String, BTreeSet<String>>> {
    fn walk(pattern: &ast::Pattern<&str>, choices: &[String], keys: &mut BTreeSet<String>) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                walk_expression(expression, choices, keys);
            }
        }
    }
    fn walk_expression(
        expression: &ast::Expression<&str>,
        choices: &[String],
        keys: &mut BTreeSet<String>,
    ) {
        match expression {
            ast::Expression::Select { selector, variants } => {
                let on_choice = matches!(selector,
                    ast::InlineExpression::VariableReference { id } if choices.iter().any(|c| c == id.name));
                for variant in variants {
                    if let (true, ast::VariantKey::Identifier { name }) = (on_choice, &variant.key)
                    {
                        keys.insert((*name).to_owned());
                    }
                    walk(&variant.value, choices, keys);
                }
            }
            ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
                walk_expression(expression, choices, keys);
            }
            ast::Expression::Inline(_) => {}
        }
    }
    let mut out = BTreeMap::new();
    for catalogue in schema {
        for (field, kind) in &catalogue.fields {
            let Field::Function { params, .. } = kind else {
                continue;
            };
            let choices: Vec<String> = params
                .iter()
                .filter(|(_, param)| matches!(param, Param::Choice(_)))
                .map(|(name, _)| name.clone())
                .collect();
            let id = catalogue.id(field);
            if let (false, Some(pattern)) = (choices.is_empty(), messages.get(id.as_str())) {
                let mut keys = BTreeSet::new();
                walk(pattern, &choices, &mut keys);
                out.insert(id, keys);
            }
        }
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// The Rust

/// What a message turns into while it is written out.
struct Writer<'a> {
    file: &'a str,
    id: String,
    locale: &'a str,
    params: &'a [(String, Param)],
    /// The parameters the message uses (the others are written `_name`).
    used: BTreeSet<String>,
    /// The contract enums and helpers the file needs imported.
    imports: &'a mut BTreeSet<String>,
}

/// A piece of a pattern, once string literals are folded into the text around them.
enum Piece<'p, 'a> {
    Text(String),
    Var(&'a str),
    Select(
        &'p ast::InlineExpression<&'a str>,
        &'p [ast::Variant<&'a str>],
    ),
}

impl<'a> Writer<'a> {
    fn fail(&self, what: impl std::fmt::Display) -> anyhow::Error {
        anyhow!("{}: `{}`: {what}", self.file, self.id)
    }

    fn pieces<'p>(&self, pattern: &'p ast::Pattern<&'a str>) -> Result<Vec<Piece<'p, 'a>>> {
        let mut pieces = Vec::new();
        let push_text = |pieces: &mut Vec<Piece<'p, 'a>>, text: &str| {
            if let Some(Piece::Text(last)) = pieces.last_mut() {
                last.push_str(text);
            } else {
                pieces.push(Piece::Text(text.to_owned()));
            }
        };
        for element in &pattern.elements {
            let mut expression = match element {
                ast::PatternElement::TextElement { value } => {
                    push_text(&mut pieces, value);
                    continue;
                }
                ast::PatternElement::Placeable { expression } => expression,
            };
            while let ast::Expression::Inline(ast::InlineExpression::Placeable {
                expression: inner,
            }) = expression
            {
                expression = inner;
            }
            match expression {
                ast::Expression::Select { selector, variants } => {
                    pieces.push(Piece::Select(selector, variants));
                }
                ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }) => {
                    push_text(
                        &mut pieces,
                        &fluent_syntax::unicode::unescape_unicode_to_string(value),
                    );
                }
                ast::Expression::Inline(ast::InlineExpression::NumberLiteral { value }) => {
                    push_text(&mut pieces, value);
                }
                ast::Expression::Inline(ast::InlineExpression::VariableReference { id }) => {
                    pieces.push(Piece::Var(id.name));
                }
                ast::Expression::Inline(_) => {
                    return Err(self.fail(
                        "only { $name }, { \"text\" } and choices ({ $name -> … }) are supported: \
                         write the words out",
                    ))
                }
            }
        }
        Ok(pieces)
    }

    fn param(&mut self, name: &str) -> Result<Param> {
        let param = self
            .params
            .iter()
            .find(|(p, _)| p == name)
            .map(|(_, param)| param.clone())
            .ok_or_else(|| {
                let names: Vec<_> = self.params.iter().map(|(p, _)| format!("${p}")).collect();
                self.fail(format_args!(
                    "there is no ${name} here; this message is given {}",
                    if names.is_empty() {
                        "nothing".to_owned()
                    } else {
                        names.join(", ")
                    }
                ))
            })?;
        self.used.insert(name.to_owned());
        Ok(param)
    }

    /// The Rust expression of a pattern: a `&'static str`, or a `String` when `owned`.
    fn pattern(&mut self, pattern: &ast::Pattern<&'a str>, owned: bool) -> Result<String> {
        let pieces = self.pieces(pattern)?;
        match pieces.as_slice() {
            [] => Ok(literal("", owned)),
            [Piece::Text(text)] => Ok(literal(text, owned)),
            [Piece::Select(selector, variants)] => self.select(selector, variants, owned),
            _ if !owned => Err(self
                .fail("this message is a fixed text: it cannot hold { $names } around a choice")),
            _ => {
                let mut format = String::new();
                let mut args = Vec::new();
                for piece in &pieces {
                    match piece {
                        Piece::Text(text) => {
                            format.push_str(&text.replace('{', "{{").replace('}', "}}"))
                        }
                        Piece::Var(name) => {
                            if let Param::Choice(_) = self.param(name)? {
                                return Err(self.fail(format_args!(
                                    "${name} is a choice, not words: use {{ ${name} -> [Case] … *[Other] … }}"
                                )));
                            }
                            write!(format, "{{{name}}}").expect("a String");
                        }
                        Piece::Select(selector, variants) => {
                            format.push_str("{}");
                            args.push(self.select(selector, variants, false)?);
                        }
                    }
                }
                let mut out = format!("format!({format:?}");
                for arg in args {
                    write!(out, ", {arg}").expect("a String");
                }
                out.push(')');
                Ok(out)
            }
        }
    }

    fn select(
        &mut self,
        selector: &ast::InlineExpression<&'a str>,
        variants: &[ast::Variant<&'a str>],
        owned: bool,
    ) -> Result<String> {
        let ast::InlineExpression::VariableReference { id } = selector else {
            return Err(self.fail("a choice is made on a { $name } the message is given"));
        };
        let name = id.name;
        let param = self.param(name)?;
        let default = variants
            .iter()
            .find(|variant| variant.default)
            .ok_or_else(|| self.fail("a choice needs a default case, marked *[…]"))?;
        let mut exact = Vec::new();
        let mut categories = Vec::new();
        for variant in variants.iter().filter(|variant| !variant.default) {
            let value = self.pattern(&variant.value, owned)?;
            let arm = match (&param, &variant.key) {
                (Param::Choice(ty), ast::VariantKey::Identifier { name: key }) => {
                    self.imports.insert(ty.clone());
                    exact.push(format!("{ty}::{key} => {value}"));
                    continue;
                }
                (Param::Number, ast::VariantKey::NumberLiteral { value: number }) => {
                    let number: i64 = number
                        .parse()
                        .map_err(|_| self.fail(format_args!("[{number}] is not a whole number")))?;
                    exact.push(format!("{number} => {value}"));
                    continue;
                }
                (Param::Number, ast::VariantKey::Identifier { name: key }) => {
                    let category = match *key {
                        "zero" => "Zero",
                        "one" => "One",
                        "two" => "Two",
                        "few" => "Few",
                        "many" => "Many",
                        "other" => "Other",
                        key => {
                            return Err(self.fail(format_args!(
                                "[{key}] is not a plural category (zero, one, two, few, many, other) nor a number"
                            )))
                        }
                    };
                    format!("Plural::{category} => {value}")
                }
                (Param::Text, ast::VariantKey::Identifier { name: key }) => {
                    exact.push(format!("{key:?} => {value}"));
                    continue;
                }
                (_, key) => {
                    let key = match key {
                        ast::VariantKey::Identifier { name }
                        | ast::VariantKey::NumberLiteral { value: name } => name,
                    };
                    return Err(self.fail(format_args!("${name} cannot be [{key}]")));
                }
            };
            categories.push(arm);
        }
        let default = self.pattern(&default.value, owned)?;
        let rest = if categories.is_empty() {
            default
        } else {
            self.imports.insert("plural".to_owned());
            let mut out = format!("match plural(Locale::{}, {name} as f64) {{ ", self.locale);
            for arm in categories {
                write!(out, "{arm}, ").expect("a String");
            }
            write!(out, "_ => {default} }}").expect("a String");
            out
        };
        if exact.is_empty() {
            return Ok(rest);
        }
        let mut out = format!("match {name} {{ ");
        for arm in exact {
            write!(out, "{arm}, ").expect("a String");
        }
        write!(out, "_ => {rest} }}").expect("a String");
        Ok(out)
    }
}

fn literal(text: &str, owned: bool) -> String {
    if owned {
        format!("{text:?}.to_owned()")
    } else {
        format!("{text:?}")
    }
}

fn write_catalogue(
    file: &str,
    locale: &str,
    schema: &[Catalogue],
    messages: &BTreeMap<&str, ast::Pattern<&str>>,
) -> Result<String> {
    let mut known = BTreeSet::new();
    let mut imports = BTreeSet::new();
    let mut body = String::new();
    for catalogue in schema {
        writeln!(
            body,
            "\npub static {}: {} = {} {{",
            catalogue.static_name, catalogue.name, catalogue.name
        )
        .expect("a String");
        for (field, kind) in &catalogue.fields {
            let id = catalogue.id(field);
            if let Field::Locale = kind {
                writeln!(body, "    {field}: Locale::{locale},").expect("a String");
                continue;
            }
            let pattern = messages.get(id.as_str()).ok_or_else(|| {
                anyhow!("{file}: `{id}` is missing (every language has every message of locales/en.ftl)")
            })?;
            known.insert(id.clone());
            let (params, owned): (&[(String, Param)], bool) = match kind {
                Field::Function { params, owned } => (params, *owned),
                _ => (&[], false),
            };
            let mut writer = Writer {
                file,
                id,
                locale,
                params,
                used: BTreeSet::new(),
                imports: &mut imports,
            };
            let value = writer.pattern(pattern, owned)?;
            if let Some((unused, _)) = params
                .iter()
                .find(|(name, _)| locale == "En" && !writer.used.contains(name))
            {
                bail!(
                    "{file}: `{}` never uses ${unused}, which the widget gives it",
                    writer.id
                );
            }
            match kind {
                Field::Function { .. } => {
                    let names: Vec<_> = params
                        .iter()
                        .map(|(name, _)| {
                            if writer.used.contains(name) {
                                name.clone()
                            } else {
                                format!("_{name}")
                            }
                        })
                        .collect();
                    writeln!(body, "    {field}: |{}| {value},", names.join(", "))
                }
                _ => writeln!(body, "    {field}: {value},"),
            }
            .expect("a String");
        }
        body.push_str("};\n");
    }
    if let Some(unknown) = messages.keys().find(|id| !known.contains(**id)) {
        bail!(
            "{file}: `{unknown}` is not a message of the widget (src/i18n/mod.rs lists them; \
             ids of the order view start with tracking-, of complaints with complaints-)"
        );
    }
    let mut out = format!(
        "//! Generated by `cargo xtask i18n` from `{file}`: edit that file, not this one.\n\n"
    );
    writeln!(
        out,
        "use super::{{ComplaintMessages, Locale, Messages, TrackingMessages}};"
    )
    .expect("a String");
    if imports.remove("plural") {
        out.push_str("use crate::format::{plural, Plural};\n");
    }
    if !imports.is_empty() {
        let names: Vec<_> = imports.into_iter().collect();
        writeln!(out, "use sportello_contract::{{{}}};", names.join(", ")).expect("a String");
    }
    out.push_str(&body);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SCHEMA: &str = "
        pub struct Messages {
            pub title: &'static str,
            pub hours: fn(count: u32) -> String,
            pub parcel: fn(index: usize, total: usize, carrier: &str) -> String,
            pub locale: Locale,
        }
        pub struct TrackingMessages {
            pub status_name: fn(status: OrderStatus) -> &'static str,
        }
        pub struct ComplaintMessages {}
    ";

    const ENGLISH: &str = r#"
# A comment for translators.
title = Track your order
hours =
    { $count ->
        [0] no time at all
        [one] { $count } hour
       *[other] { $count } hours
    }
parcel =
    { $total ->
        [1] Parcel · { $carrier }
       *[other] Parcel { $index } of { $total } · { $carrier }
    }
tracking-status-name =
    { $status ->
        [Delivered] Delivered
       *[Unknown] Being updated
    }
"#;

    fn english(text: &str) -> Result<String> {
        generate_from(SCHEMA, &[("en", text.to_owned())]).map(|mut out| out.remove(0).1)
    }

    fn mistake(sources: &[(&'static str, &str)]) -> String {
        let sources: Vec<_> = sources.iter().map(|(t, s)| (*t, (*s).to_owned())).collect();
        format!(
            "{:#}",
            generate_from(SCHEMA, &sources).expect_err("a mistake")
        )
    }

    #[test]
    fn plural_categories_ask_the_browser_and_exact_numbers_match() {
        let rust = english(ENGLISH).unwrap();
        assert!(rust.contains(r#"title: "Track your order","#), "{rust}");
        assert!(
            rust.contains(
                r#"hours: |count| match count { 0 => "no time at all".to_owned(), _ => match plural(Locale::En, count as f64) { Plural::One => format!("{count} hour"), _ => format!("{count} hours") } },"#
            ),
            "{rust}"
        );
        assert!(
            rust.contains(r#"parcel: |index, total, carrier| match total { 1 => format!("Parcel · {carrier}"), _ => format!("Parcel {index} of {total} · {carrier}") },"#),
            "{rust}"
        );
        assert!(
            rust.contains(r#"status_name: |status| match status { OrderStatus::Delivered => "Delivered", _ => "Being updated" },"#),
            "{rust}"
        );
        assert!(rust.contains("use sportello_contract::{OrderStatus};"));
        assert!(rust.contains("locale: Locale::En,"));
    }

    #[test]
    fn a_translators_mistakes_are_named_with_the_file_and_the_message() {
        let german = ENGLISH.replace("Track your order", "Bestellung verfolgen");
        let cases = [
            (ENGLISH.replace("title = Track your order\n", ""), "locales/de.ftl: `title` is missing"),
            (german.replace("{ $carrier }", "{ $carier }"), "locales/de.ftl: `parcel`: there is no $carier here; this message is given $index, $total, $carrier"),
            (german.clone() + "titel = Bestellung\n", "locales/de.ftl: `titel` is not a message of the widget"),
            (german.replace("[Delivered] Delivered", "[Shipped] Versandt"), "locales/de.ftl: `tracking-status-name` chooses its words by [Shipped] [Unknown] where locales/en.ftl has [Delivered] [Unknown]"),
            (german.replace("[one]", "[single]"), "locales/de.ftl: `hours`: [single] is not a plural category"),
            (german.replace("title = Bestellung verfolgen", "title = Bestellung { $count }"), "locales/de.ftl: `title`: this message is a fixed text"),
            (german.replace("title = Bestellung verfolgen", "title = { -brand }"), "locales/de.ftl: `title`: only { $name }"),
        ];
        for (text, expected) in cases {
            let error = mistake(&[("en", ENGLISH), ("de", &text)]);
            assert!(error.contains(expected), "{expected}\n  got: {error}");
        }
        let error = mistake(&[("en", &ENGLISH.replace("Parcel { $index } of", "Parcel of"))]);
        assert!(
            error.contains("locales/en.ftl: `parcel` never uses $index"),
            "{error}"
        );
        let error = mistake(&[("en", "title = {")]);
        assert!(error.starts_with("locales/en.ftl:1:"), "{error}");
    }

    #[test]
    fn catalogues_are_fresh() {
        let root = crate::root();
        for (tag, rust) in generate(&root).expect("the locales generate") {
            let committed = std::fs::read_to_string(root.join(format!("src/i18n/{tag}.rs")))
                .expect("a committed catalogue");
            assert!(
                committed == rust,
                "src/i18n/{tag}.rs is stale: run `cargo xtask i18n` after editing locales/{tag}.ftl"
            );
        }
    }
}
