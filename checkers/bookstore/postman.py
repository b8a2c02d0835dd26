"""The bookstore probes as a Postman v2.1 collection: one folder per outcome, requests with their pm.test scripts."""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import import_module
from typing import Any

from checkers.bookstore.postman_js import script
from checkers.bookstore.probe import Probe

SCHEMA_URL = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
_IDS = uuid.UUID("5f0c6f0e-7d1a-4b8e-9a57-3f2f4c1b2a10")
JSON_HEADER = ("Content-Type", "application/json")


class Raw(str):
    """A value written into a JSON body template without quotes, e.g. {{nextYear}} standing for a number."""


@dataclass(frozen=True)
class Call:
    """One request of a folder: what it sends, a pre-request script and the test script that judges the answer."""

    name: str
    method: str
    path: str
    body: dict[str, Any] | str | None = None
    before: str = ""
    tests: str = ""
    token: str = ""


def json_template(fields: dict[str, Any]) -> str:
    """A JSON body template: Raw values stay unquoted so that {{variables}} can stand for numbers."""
    raws = {f"@@raw{index}@@": value for index, value in enumerate(v for v in fields.values() if isinstance(v, Raw))}
    marked = iter(raws)
    text = json.dumps({key: next(marked) if isinstance(value, Raw) else value for key, value in fields.items()},
                      indent=2)
    for marker, value in raws.items():
        text = text.replace(f'"{marker}"', value)
    return text


def _url(path: str) -> dict[str, Any]:
    route, _, query = path.partition("?")
    url: dict[str, Any] = {"raw": "{{baseUrl}}" + path, "host": ["{{baseUrl}}"],
                           "path": [part for part in route.split("/") if part]}
    if query:
        url["query"] = [dict(zip(("key", "value"), pair.split("=", 1), strict=True)) for pair in query.split("&")]
    return url


def _event(listen: str, lines: list[str]) -> dict[str, Any]:
    return {"listen": listen, "script": {"type": "text/javascript", "exec": lines}}


def _request(step: int, slug: str, call: Call) -> dict[str, Any]:
    request: dict[str, Any] = {"method": call.method, "header": [], "url": _url(call.path)}
    if call.body is not None:
        raw = call.body if isinstance(call.body, str) else json_template(call.body)
        request["header"].append(dict(zip(("key", "value"), JSON_HEADER, strict=True)))
        request["body"] = {"mode": "raw", "raw": raw, "options": {"raw": {"language": "json"}}}
    before = f"sendToken('{call.token}');\n{call.before}" if call.token else call.before
    events = [_event("prerequest", script(before, slug))] if before.strip() else []
    if call.tests.strip():
        events.append(_event("test", script(call.tests, slug)))
    return {"id": str(uuid.uuid5(_IDS, f"{step}/{slug}/{call.name}")), "name": call.name, "event": events,
            "request": request}


def _folder(step: int, probe: Probe, calls: list[Call]) -> dict[str, Any]:
    description = f"{probe.title} ({probe.points:g} points): {(probe.check.__doc__ or '').strip()}"
    halted = f"if (pm.collectionVariables.get('skipRest') === '{probe.slug}') pm.execution.skipRequest();"
    return {"name": probe.slug, "description": description, "item": [_request(step, probe.slug, c) for c in calls],
            "event": [_event("prerequest", [halted])]}


def export_collection(step: int, probes: Sequence[Probe]) -> dict[str, Any]:
    """The step's probes as a Postman v2.1 collection, in the probes' order; every probe must have its folder."""
    module = import_module(f"checkers.bookstore.postman_step{step}")
    missing = [probe.slug for probe in probes if probe.slug not in module.FOLDERS]
    if missing:
        raise LookupError(f"no Postman requests for the step-{step} outcomes {', '.join(missing)}")
    variables = [{"key": key, "value": value, "type": "string"} for key, value in module.VARIABLES.items()]
    return {
        "info": {"_postman_id": str(uuid.uuid5(_IDS, f"step-{step}")), "name": f"Bookstore step {step}: grader checks",
                 "description": module.DESCRIPTION, "schema": SCHEMA_URL},
        "item": [_folder(step, probe, module.FOLDERS[probe.slug]()) for probe in probes],
        "event": [_event("test", script(module.EVERY_RESPONSE))],
        "variable": variables,
    }
