"""MkDocs hooks: the reference pages that are generated from the code at build time.

- ``<!-- cli-reference -->`` in a page becomes the reference of every command of the typer
  app (usage, help, arguments and options), read from the app itself;
- ``<!-- schema-reference -->`` becomes a table of every object of the output and its fields,
  from the JSON Schema that ``eventscope schema`` prints;
- ``<!-- api-reference -->`` becomes the reference of every operation of the REST API, read
  from the OpenAPI spec of the FastAPI app, which is also published as ``openapi.json``.

Nothing is fetched: both are built from the installed package.
"""

from __future__ import annotations

import html
import json
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

CLI_MARK = "<!-- cli-reference -->"
API_MARK = "<!-- api-reference -->"
SCHEMA_MARK = "<!-- schema-reference -->"


def on_files(files: Any, config: Any) -> Any:
    from mkdocs.structure.files import File

    files.append(File.generated(config, "openapi.json",
                                content=json.dumps(_openapi(), indent=2) + "\n"))
    return files


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    if CLI_MARK in markdown:
        markdown = markdown.replace(CLI_MARK, cli_reference())
    if API_MARK in markdown:
        markdown = markdown.replace(API_MARK, api_reference())
    if SCHEMA_MARK in markdown:
        markdown = markdown.replace(SCHEMA_MARK, schema_reference())
    return markdown


def _cell(text: object) -> str:
    """Text for a Markdown table cell: one line, no HTML, no column breaks."""
    return html.escape(" ".join(str(text).split()), quote=False).replace("|", "\\|")


# -- the command line ----------------------------------------------------------------------------


def cli_reference() -> str:
    import typer

    from eventscope.cli import app

    root = typer.main.get_command(app)  # a click group (typer ships its own click)
    context = root.context_class
    out: list[str] = []

    def walk(command: Any, ctx: Any) -> None:
        if hasattr(command, "commands"):
            for name, sub in command.commands.items():
                walk(sub, context(sub, info_name=name, parent=ctx))
            return
        name = ctx.command_path
        pieces = " ".join(command.collect_usage_pieces(ctx))
        out.append(f"## `{name}`\n")
        out.append(f"```text\n{name} {pieces}\n```\n")
        out.append(html.escape(command.help or "", quote=False).strip() + "\n")
        rows = []
        for param in command.params:
            if getattr(param, "hidden", False):
                continue
            record = param.get_help_record(ctx)
            names, text = record if record else (param.name.upper(), param.help or "")
            if param.param_type_name == "argument":
                what = "argument" + ("" if param.required else ", optional")
                if param.nargs == -1:
                    what += ", one or more" if param.required else ", any number"
            else:
                what = "flag" if param.is_flag else "option"
                default = param.default
                if hasattr(default, "value"):
                    default = default.value
                if default not in (None, False, (), []) and not callable(default) \
                        and "default:" not in text:
                    what += f", default {default}"
            code = html.escape(" ".join(names.split()), quote=False).replace("|", "&#124;")
            rows.append(f"| <code>{code}</code> | {_cell(what)} | {_cell(text)} |")
        if rows:
            out.append("| name | kind | what |\n|---|---|---|")
            out.extend(rows)
            out.append("")
    walk(root, context(root, info_name="eventscope"))
    return "\n".join(out)


# -- the output schema ---------------------------------------------------------------------------


def schema_reference() -> str:
    from eventscope.model import json_schema

    out: list[str] = []
    for name, definition in json_schema()["$defs"].items():
        required = set(definition.get("required", ()))
        out.append(f"### {name}\n")
        out.append("| field | type |\n|---|---|")
        for field, schema in definition.get("properties", {}).items():
            kind = _schema_type(schema)
            if schema.get("type") == "array":
                kind = "list of " + _schema_type(schema.get("items", {}))
            optional = "" if field in required else " (optional)"
            out.append(f"| `{field}` | {_cell(kind)}{optional} |")
        out.append("")
    return "\n".join(out)


# -- the REST API --------------------------------------------------------------------------------


@cache
def _openapi() -> dict[str, Any]:
    from eventscope.serve.app import create_app
    from eventscope.store import Store

    with tempfile.TemporaryDirectory() as folder:
        with Store.open(Path(folder) / "empty.duckdb") as store:
            return create_app(store).openapi()


def _schema_type(schema: dict[str, Any]) -> str:
    if "anyOf" in schema:
        return " or ".join(_schema_type(s) for s in schema["anyOf"] if s.get("type") != "null")
    if "enum" in schema:
        return " or ".join(f"`{v}`" for v in schema["enum"])
    if "$ref" in schema:
        return schema["$ref"].rsplit("/", 1)[-1]
    kind = schema.get("type", "")
    if schema.get("format"):
        kind += f" ({schema['format']})"
    limits = [f"{word} {schema[key]}" for key, word in
              (("minimum", "≥"), ("maximum", "≤"), ("maxLength", "length ≤"))
              if key in schema]
    return ", ".join([kind, *limits])


def api_reference() -> str:
    spec = _openapi()
    out: list[str] = []
    for path, operations in spec["paths"].items():
        for method, op in operations.items():
            out.append(f"### `{method.upper()} {path}`\n")
            description = op.get("description") or op.get("summary") or ""
            out.append(html.escape(" ".join(description.split()), quote=False) + "\n")
            params = op.get("parameters", [])
            if params:
                out.append("| parameter | in | type | default | what |\n|---|---|---|---|---|")
                for p in params:
                    schema = p.get("schema", {})
                    default = schema.get("default", "")
                    required = " (required)" if p.get("required") else ""
                    out.append(f"| `{p['name']}`{required} | {p['in']} | "
                               f"{_cell(_schema_type(schema))} | {_cell(default)} | "
                               f"{_cell(p.get('description') or schema.get('description', ''))} |")
                out.append("")
            body = op.get("requestBody", {}).get("content", {}).get("application/json")
            if body:
                out.append(f"Body: JSON, `{_schema_type(body['schema'])}`.\n")
            codes = ", ".join(f"{code} {_cell(r.get('description', ''))}"
                              for code, r in op.get("responses", {}).items())
            out.append(f"Responses: {codes}.\n")
    return "\n".join(out)
