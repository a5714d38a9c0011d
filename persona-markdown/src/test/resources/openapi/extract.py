#!/usr/bin/env python3
"""Extract provider request-body schemas as self-contained JSON Schema (draft 2020-12).

Each output file holds one named schema from a provider's published API
description plus the transitive closure of every schema it references, moved
under "$defs" with every "$ref" rewritten to "#/$defs/<Name>":

    {"$schema": "https://json-schema.org/draft/2020-12/schema",
     "$comment": "<where it came from>",
     "$ref": "#/$defs/<Root>",
     "$defs": {...}}

Conversions (see README.md in this folder):
  * OpenAPI (OpenAI, Anthropic): "#/components/schemas/X" -> "#/$defs/X";
    OpenAPI 3.0 "nullable: true" -> "null" added to "type" (and to "enum"),
    or, when the schema has "$ref"/"allOf"/"anyOf"/"oneOf"/"not"/"const",
    the schema is wrapped as anyOf [schema, {"type": "null"}];
    "$recursiveAnchor"/"$recursiveRef": "#" (2019-09) -> "$ref" to the
    enclosing named schema; dropped: "x-*" extensions, "discriminator",
    "example", "examples", "xml", "externalDocs". Everything else
    (required, enum, const, oneOf/anyOf/allOf, additionalProperties,
    minimum/maximum, minItems, pattern, format, default, title,
    description, deprecated, readOnly, ...) is kept as is.
  * Google discovery document (Gemini): "$ref": "X" -> "#/$defs/X";
    "type": "any" -> no "type"; dropped: "id", "enumDescriptions";
    "type"/"properties"/"items"/"additionalProperties"/"enum"/"format"/
    "description"/"readOnly"/"deprecated"/"default"/"pattern" kept.
    A discovery document has no "required" for schema properties, so the
    result requires nothing (the API's "Required." lives in descriptions).

Inputs are files you download yourself (this script does no networking):

    python3 extract.py \\
        --openai    openapi.json                 (openai/openai-openapi)
        --anthropic anthropic-openapi.yml|json   (Stainless-hosted spec)
        --gemini    generativelanguage-api.json  (discovery doc, v1beta)
        [--out DIR] [--openai-source TEXT] [--anthropic-source TEXT]
        [--gemini-source TEXT]

Any input may be omitted; only the files for the given inputs are written.
YAML inputs need PyYAML; JSON needs only the standard library.

    python3 extract.py --check [--out DIR]

validates the written schemas (needs the "jsonschema" package) and runs the
example request bodies below: the valid ones must pass, the invalid ones
must fail.
"""

import argparse
import copy
import json
import os
import sys

DRAFT = "https://json-schema.org/draft/2020-12/schema"
HERE = os.path.dirname(os.path.abspath(__file__))

# Where the committed files came from (recorded in each file's "$comment").
DEFAULT_SOURCES = {
    "openai": "openai/openai-openapi, openapi.json at commit "
              "f85dbe223d40e1a31cba812ab2d755c7e98a92a3 (2026-08-21)",
    "anthropic": "tryAGI/Anthropic, src/libs/Anthropic/openapi.yaml at commit "
                 "8b42a21e6aa7fc9b521cc0c1581f586480b5cad3 (file last changed in "
                 "ebea3ea43be1a34302d597874ba1926336effc78, 2026-05-06): a copy of "
                 "Anthropic's Stainless-hosted OpenAPI spec (the one "
                 "anthropics/anthropic-sdk-typescript/.stats.yml points at)",
    "gemini": "google/generative-ai-go, genai/internal/generativelanguage/v1beta/"
              "generativelanguage-api.json at commit "
              "1a2951b1bd5ed24672876dd3115095ec8d00c3be (discovery revision 20240713)",
}

# (output file, provider, root schema name)
OUTPUTS = [
    ("openai-chat-completions.schema.json", "openai", "CreateChatCompletionRequest"),
    ("openai-responses.schema.json", "openai", "CreateResponse"),
    ("anthropic-messages.schema.json", "anthropic", None),  # from POST /v1/messages
    ("gemini-generate-content.schema.json", "gemini", "GenerateContentRequest"),
]

# ---------------------------------------------------------------- loading

def load(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    try:
        return json.loads(text)
    except ValueError:
        import yaml  # only needed for YAML inputs
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        return yaml.load(text, Loader=loader)


# ---------------------------------------------------------------- OpenAPI

SCHEMA_VALUED = {"items", "not", "if", "then", "else", "additionalProperties",
                 "propertyNames", "contains", "unevaluatedItems",
                 "unevaluatedProperties", "additionalItems"}
SCHEMA_MAPS = {"properties", "patternProperties", "dependentSchemas"}
SCHEMA_LISTS = {"allOf", "anyOf", "oneOf", "prefixItems"}
DROPPED = {"discriminator", "example", "examples", "xml", "externalDocs",
           "$recursiveAnchor", "nullable"}
KNOWN = {"type", "enum", "const", "required", "minimum", "maximum",
         "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minLength",
         "maxLength", "pattern", "minItems", "maxItems", "uniqueItems",
         "minContains", "maxContains", "minProperties", "maxProperties",
         "dependentRequired", "format", "title", "description", "default",
         "deprecated", "readOnly", "writeOnly", "contentMediaType",
         "contentEncoding", "contentSchema", "$comment", "$ref"}
NULL_BREAKERS = ("$ref", "allOf", "anyOf", "oneOf", "not", "const")
ANNOTATIONS = ("title", "description", "default", "deprecated", "readOnly", "writeOnly")

unknown_keywords = set()


class OpenApiConverter:
    PREFIX = "#/components/schemas/"

    def __init__(self, doc):
        self.schemas = doc["components"]["schemas"]

    def ref(self, value, refs):
        if not value.startswith(self.PREFIX):
            raise ValueError("unsupported $ref: " + value)
        name = value[len(self.PREFIX):]
        if name not in self.schemas:
            raise ValueError("dangling $ref: " + value)
        refs.add(name)
        return "#/$defs/" + name

    def convert(self, node, owner, refs):
        if not isinstance(node, dict):
            return node  # boolean schema
        out = {}
        for key, value in node.items():
            if key.startswith("x-") or key in DROPPED:
                continue
            if key == "$ref":
                out["$ref"] = self.ref(value, refs)
            elif key == "$recursiveRef":
                if value != "#":
                    raise ValueError("unsupported $recursiveRef: %r" % value)
                out["$ref"] = "#/$defs/" + owner
            elif key in SCHEMA_VALUED:
                out[key] = self.convert(value, owner, refs)
            elif key in SCHEMA_MAPS:
                out[key] = {k: self.convert(v, owner, refs) for k, v in value.items()}
            elif key in SCHEMA_LISTS:
                out[key] = [self.convert(v, owner, refs) for v in value]
            else:
                if key not in KNOWN:
                    unknown_keywords.add(key)
                out[key] = copy.deepcopy(value)
        # OpenAPI 3.0 boolean exclusiveMinimum/Maximum -> 2020-12 numbers
        for excl, bound in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
            if isinstance(out.get(excl), bool):
                if out[excl] and bound in out:
                    out[excl] = out.pop(bound)
                else:
                    del out[excl]
        if node.get("nullable") is True:
            out = make_nullable(out)
        return out

    def extract(self, root):
        return closure(root, lambda name, refs: self.convert(self.schemas[name], name, refs))


def make_nullable(schema):
    """OpenAPI 3.0 'nullable: true' in 2020-12 terms."""
    if any(k in schema for k in NULL_BREAKERS):
        inner = {k: v for k, v in schema.items() if k not in ANNOTATIONS}
        outer = {k: v for k, v in schema.items() if k in ANNOTATIONS}
        outer["anyOf"] = [inner, {"type": "null"}]
        return outer
    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if "null" not in types:
            schema["type"] = types + ["null"]
    if "enum" in schema and None not in schema["enum"]:
        schema["enum"] = schema["enum"] + [None]
    return schema


# ---------------------------------------------------------------- discovery

class DiscoveryConverter:
    DROPPED = {"id", "enumDescriptions"}
    KNOWN = {"type", "description", "format", "enum", "readOnly", "deprecated",
             "default", "pattern", "minimum", "maximum", "$ref", "properties",
             "items", "additionalProperties", "required"}

    def __init__(self, doc):
        self.schemas = doc["schemas"]

    def convert(self, node, refs):
        out = {}
        required = []
        for key, value in node.items():
            if key in self.DROPPED:
                continue
            if key not in self.KNOWN:
                unknown_keywords.add("discovery:" + key)
            if key == "$ref":
                if value not in self.schemas:
                    raise ValueError("dangling $ref: " + value)
                refs.add(value)
                out["$ref"] = "#/$defs/" + value
            elif key == "type":
                if value != "any":
                    out["type"] = value
            elif key == "properties":
                props = {}
                for name, sub in value.items():
                    if sub.get("required") is True:
                        required.append(name)
                    props[name] = self.convert(sub, refs)
                out["properties"] = props
            elif key in ("items", "additionalProperties"):
                out[key] = self.convert(value, refs) if isinstance(value, dict) else value
            elif key == "required":
                continue  # boolean on a property: lifted to the parent
            elif key in ("minimum", "maximum") and isinstance(value, str):
                out[key] = float(value) if "." in value else int(value)
            else:
                out[key] = copy.deepcopy(value)
        if required:
            out["required"] = required
        return out

    def extract(self, root):
        return closure(root, lambda name, refs: self.convert(self.schemas[name], refs))


# ---------------------------------------------------------------- common

def closure(root, convert):
    defs, queue = {}, [root]
    while queue:
        name = queue.pop()
        if name in defs:
            continue
        refs = set()
        defs[name] = convert(name, refs)
        queue.extend(sorted(refs - set(defs)))
    return {k: defs[k] for k in sorted(defs)}


def anthropic_root(doc):
    body = doc["paths"]["/v1/messages"]["post"]["requestBody"]
    ref = body["content"]["application/json"]["schema"]["$ref"]
    return ref[len(OpenApiConverter.PREFIX):]


def document(root, defs, source):
    return {"$schema": DRAFT,
            "$comment": "Request body schema %s, extracted from %s by extract.py; "
                        "see README.md." % (root, source),
            "$ref": "#/$defs/" + root,
            "$defs": defs}


def check_refs(doc):
    bad = []

    def walk(node):
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                if not ref.startswith("#/$defs/") or ref[len("#/$defs/"):] not in doc["$defs"]:
                    bad.append(ref)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
    walk(doc)
    return bad


def write(path, doc):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")


def extract(args):
    inputs = {"openai": args.openai, "anthropic": args.anthropic, "gemini": args.gemini}
    sources = {"openai": args.openai_source, "anthropic": args.anthropic_source,
               "gemini": args.gemini_source}
    loaded = {}
    for filename, provider, root in OUTPUTS:
        if not inputs[provider]:
            continue
        if provider not in loaded:
            loaded[provider] = load(inputs[provider])
        spec = loaded[provider]
        if provider == "gemini":
            converter = DiscoveryConverter(spec)
        else:
            converter = OpenApiConverter(spec)
            if root is None:
                root = anthropic_root(spec)
        defs = converter.extract(root)
        doc = document(root, defs, sources[provider])
        bad = check_refs(doc)
        if bad:
            raise SystemExit("%s: unresolved refs %s" % (filename, bad[:5]))
        path = os.path.join(args.out, filename)
        write(path, doc)
        print("%s: root %s, %d $defs, %d bytes" % (filename, root, len(defs), os.path.getsize(path)))
    if unknown_keywords:
        print("kept keywords outside the known list: " + ", ".join(sorted(unknown_keywords)))


# ---------------------------------------------------------------- check

VALID = {
    "openai-chat-completions.schema.json": {
        "model": "gpt-4.1",
        "messages": [{"role": "system", "content": "You are X."},
                     {"role": "user", "content": "hi"}],
        "max_completion_tokens": 100, "temperature": 0.2},
    "openai-responses.schema.json": {
        "model": "gpt-4.1", "instructions": "You are X.", "input": "hi",
        "max_output_tokens": 100, "temperature": 0.2},
    "anthropic-messages.schema.json": {
        "model": "claude-opus-4-5", "max_tokens": 1024, "system": "You are X.",
        "messages": [{"role": "user", "content": "hi"}], "temperature": 0.2},
    "gemini-generate-content.schema.json": {
        "systemInstruction": {"parts": [{"text": "You are X."}]},
        "contents": [{"role": "user", "parts": [{"text": "hi"}]}],
        "generationConfig": {"maxOutputTokens": 100, "temperature": 0.2}},
}


def invalid_examples():
    chat = copy.deepcopy(VALID["openai-chat-completions.schema.json"])
    del chat["messages"]
    responses = dict(VALID["openai-responses.schema.json"], max_output_tokens="many")
    anthropic = copy.deepcopy(VALID["anthropic-messages.schema.json"])
    del anthropic["max_tokens"]
    gemini = dict(VALID["gemini-generate-content.schema.json"], systemInstruction="You are X.")
    return {
        "openai-chat-completions.schema.json": ("without messages", chat),
        "openai-responses.schema.json": ('max_output_tokens "many"', responses),
        "anthropic-messages.schema.json": ("without max_tokens", anthropic),
        "gemini-generate-content.schema.json": ("systemInstruction as a string", gemini),
    }


def check(args):
    from jsonschema import Draft202012Validator
    failures = 0
    bad_examples = invalid_examples()
    for filename, _, _ in OUTPUTS:
        with open(os.path.join(args.out, filename), encoding="utf-8") as f:
            schema = json.load(f)
        Draft202012Validator.check_schema(schema)
        validator = Draft202012Validator(schema)
        errors = sorted(validator.iter_errors(VALID[filename]), key=str)
        if errors:
            failures += 1
            print("FAIL %s: valid example rejected: %s" % (filename, errors[0].message[:300]))
        else:
            print("ok   %s: valid example accepted" % filename)
        label, bad = bad_examples[filename]
        errors = list(validator.iter_errors(bad))
        if errors:
            print("ok   %s: %s rejected (%s)" % (filename, label, errors[0].message[:120]))
        else:
            failures += 1
            print("FAIL %s: %s accepted" % (filename, label))
    if failures:
        raise SystemExit("%d check(s) failed" % failures)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--openai", help="openai-openapi openapi.json or openapi.yaml")
    parser.add_argument("--anthropic", help="Anthropic OpenAPI spec (YAML or JSON)")
    parser.add_argument("--gemini", help="generativelanguage v1beta discovery document")
    parser.add_argument("--openai-source", default=DEFAULT_SOURCES["openai"])
    parser.add_argument("--anthropic-source", default=DEFAULT_SOURCES["anthropic"])
    parser.add_argument("--gemini-source", default=DEFAULT_SOURCES["gemini"])
    parser.add_argument("--out", default=HERE, help="output folder (default: this script's)")
    parser.add_argument("--check", action="store_true", help="validate the written schemas")
    args = parser.parse_args()
    if args.openai or args.anthropic or args.gemini:
        extract(args)
    if args.check:
        check(args)
    if not (args.openai or args.anthropic or args.gemini or args.check):
        parser.print_help()
        sys.exit(2)


if __name__ == "__main__":
    main()
