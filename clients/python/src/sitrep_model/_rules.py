"""The rules of the Java model that the JSON Schema cannot express but one document shows (see
java-only.tsv of the conformance corpus): comparisons of two values, ids and references across the
report, currencies that exist, counts written as JSON integers within 64 bits. Hand-written, as in
the TypeScript package (rules.ts); the walk interprets the generated wire definition (WIRE)."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any, Callable

from ._errors import SitrepError, step
from ._generated import CURRENCIES, WIRE

ID_KINDS = {"IncidentId", "CasualtyId", "ClaimId", "AidPackageId", "PostId"}
Found = tuple[SitrepError, int]


def _walk(type_: str, v: Any, path: str, out: list) -> None:
    props = WIRE.get(type_)
    if props is None or not isinstance(v, dict):
        return
    for name, (card, kind, schema) in props.items():
        if kind != "OBJECT" or name not in v:
            continue
        p = path + step(name)
        if card == "LIST":
            if isinstance(v[name], list):
                for i, item in enumerate(v[name]):
                    _walk(schema, item, f"{p}[{i}]", out)
        else:
            _walk(schema, v[name], p, out)
    out.append((type_, v, path))


def _num(x: Any) -> Any:
    return x if isinstance(x, (int, float)) and not isinstance(x, bool) else None


def _least(e: Any) -> Any:
    if not isinstance(e, dict) or _num(e.get("low")) is None:
        return None
    return e["low"] + 1 if e.get("qualifier") == "more_than" else e["low"]


def _most(e: Any) -> Any:
    if not isinstance(e, dict) or _num(e.get("high")) is None:
        return None
    return e["high"] - 1 if e.get("qualifier") == "fewer_than" else e["high"]


def java_only_rules(type_: str, doc: Any, spans: dict, numbers: dict) -> list[Found]:
    found: list[Found] = []
    objects: list = []
    _walk(type_, doc, "$", objects)
    for t, o, path in objects:
        end = spans.get(path, (0, 0))[1]

        def rule(p: str, why: str, path: str = path, end: int = end) -> None:
            found.append((SitrepError("RULE_VIOLATION", path + p, why), end))

        for name, (card, kind, _schema) in WIRE[t].items():
            if kind != "INTEGER" or name not in o:
                continue
            if card == "LIST" and isinstance(o[name], list):
                paths = [f"{path}{step(name)}[{i}]" for i in range(len(o[name]))]
            else:
                paths = [path + step(name)]
            for p in paths:
                text = numbers.get(p)
                if text is None:
                    continue
                if not re.fullmatch(r"-?(0|[1-9][0-9]*)", text):
                    found.append((SitrepError("WRONG_TYPE", p, f"expected a JSON integer, found {text}"), spans[p][0]))
                elif not -(2**63) <= int(text) < 2**63:
                    found.append((SitrepError("INVALID_VALUE", p, f"{text} does not fit a signed 64-bit integer"), spans[p][0]))
        if t == "Estimate":
            low, best, high = (_num(o.get(k)) for k in ("low", "best", "high"))
            if low is not None and best is not None and low > best:
                rule(".best", f"low ({low}) must not be greater than best ({best})")
            if best is not None and high is not None and best > high:
                rule(".high", f"best ({best}) must not be greater than high ({high})")
            if low is not None and high is not None and low > high:
                rule(".high", f"low ({low}) must not be greater than high ({high})")
        elif t == "UcdpCoding":
            low, high = _num(o.get("deaths_low")), _num(o.get("deaths_high"))
            if low is not None and high is not None and low > high:
                rule(".deaths_low", f"must be at most deaths_high ({high}), was {low}")
        elif t == "Money":
            c = o.get("currency")
            if isinstance(c, str) and c not in CURRENCIES:
                p = path + ".currency"
                found.append((SitrepError("INVALID_VALUE", p, f"{c} is not an ISO 4217 currency"), spans.get(p, (0, 0))[0]))
        elif t == "Location":
            for level in ("admin1", "admin2", "admin3"):
                area = o.get(level)
                if isinstance(area, dict) and isinstance(area.get("iso_code"), str) and isinstance(o.get("country"), str) \
                        and not area["iso_code"].startswith(o["country"] + "-"):
                    rule(f".{level}.iso_code", f"is not a subdivision of the location's country {o['country']}")
        elif t == "Engagement":
            launched = _most(o.get("launched"))
            stopped = _least(o.get("stopped")) or 0
            hit = _least(o.get("hit")) or 0
            if launched is not None:
                if stopped > launched:
                    rule(".stopped", f"is at least {stopped}, more than the {launched} launched")
                if hit > launched:
                    rule(".hit", f"is at least {hit}, more than the {launched} launched")
                if stopped <= launched and hit <= launched and stopped > launched - hit:
                    rule(".hit", f"stopped and hit are more than the {launched} launched")
        elif t == "Casualty":
            whole = _most(o.get("count"))
            seen: set = set()
            for i, g in enumerate(o.get("breakdown") or []):
                if not isinstance(g, dict):
                    continue
                if g.get("group") in seen:
                    rule(f".breakdown[{i}].group", f"repeats {g.get('group')!r}, listed earlier")
                seen.add(g.get("group"))
                part = _least(g.get("count"))
                if whole is not None and part is not None and part > whole:
                    rule(f".breakdown[{i}].count", "a part of the figure cannot be larger than the figure")
            if "supersedes" in o and o["supersedes"] == o.get("id"):
                rule(".supersedes", "a figure does not supersede itself")
        elif t == "Incident":
            acled, time = o.get("acled"), o.get("time")
            if isinstance(acled, dict) and isinstance(acled.get("event_date"), str):
                date = acled["event_date"]
                if not isinstance(time, dict):
                    rule(".acled.event_date", "needs the incident's time")
                elif isinstance(time.get("start"), str) and isinstance(time.get("end"), str) \
                        and (date < time["start"] or date > time["end"]):
                    rule(".acled.event_date",
                         f"must lie within the incident's time ({time['start']} to {time['end']}), was {date}")
            for i, link in enumerate(o.get("links") or []):
                if isinstance(link, dict) and (("incident" in link and link["incident"] == o.get("id"))
                                               or ("global_id" in link and link["global_id"] == o.get("global_id"))):
                    rule(f".links[{i}]", "an incident does not link to itself")
            figures = [c for c in (o.get("casualties") or []) if isinstance(c, dict)]
            index: dict = {}
            for i, c in enumerate(figures):
                if c.get("id") in index:
                    rule(f".casualties[{i}].id", f"repeats the id {c.get('id')!r}")
                else:
                    index[c.get("id")] = i
            revised: dict = {}
            for i, c in enumerate(figures):
                if "supersedes" not in c:
                    continue
                if c["supersedes"] not in index:
                    rule(f".casualties[{i}].supersedes", f"refers to casualty figure {c['supersedes']!r}, which is not a figure of this incident")
                elif c["supersedes"] in revised:
                    rule(f".casualties[{i}].supersedes", "a figure is revised by one figure at most")
                else:
                    revised[c["supersedes"]] = i
            for i, c in enumerate(figures):
                nxt = c.get("supersedes")
                for _ in range(len(figures)):
                    if nxt is None:
                        break
                    if nxt == c.get("id"):
                        rule(f".casualties[{i}].supersedes", f"the figures' supersessions form a cycle through {c.get('id')!r}")
                        break
                    k = index.get(nxt)
                    nxt = None if k is None else figures[k].get("supersedes")
        elif t == "AidPackage":
            for i, r in enumerate(o.get("related") or []):
                if r == o.get("id"):
                    rule(f".related[{i}]", "a package cannot relate to itself")
        elif t == "Claim":
            if isinstance(o.get("about_claims"), list) and o.get("id") in o["about_claims"]:
                rule(".about_claims", "a claim does not answer itself")
        elif t == "Withdrawal":
            if "replaced_by" in o and o["replaced_by"] == o.get("withdraws"):
                rule(".replaced_by", "a report is not replaced by itself")
        elif t == "Report":
            _report_rules(o, path, rule)
    return found


def _report_rules(o: dict, path: str, rule: Callable[[str, str], None]) -> None:
    for later in ("modified_at", "retrieved_at"):
        if isinstance(o.get("published_at"), str) and isinstance(o.get(later), str) \
                and _instant(o[later]) < _instant(o["published_at"]):
            rule("." + later, f"must not be before published_at ({o['published_at']})")
    ids: list = []
    refs: list = []

    def collect(type_: str, v: Any, p: str) -> None:
        if not isinstance(v, dict):
            return
        for name, (card, kind, schema) in WIRE.get(type_, {}).items():
            if name not in v:
                continue
            at = p + step(name)
            values = [(f"{at}[{i}]", x) for i, x in enumerate(v[name])] if card == "LIST" and isinstance(v[name], list) else [(at, v[name])]
            for q, x in values:
                if kind == "OBJECT":
                    collect(schema, x, q)
                elif schema in ID_KINDS:
                    (ids if name == "id" else refs).append((q[len(path):], x))

    collect("Report", o, path)
    seen: set = set()
    for p, i in ids:
        if i in seen:
            rule(p, f"repeats the id {i!r}")
        seen.add(i)
    for p, r in refs:
        if r not in seen and not p.endswith(".supersedes"):
            rule(p, f"refers to {r!r}, which is not in this report")


def _instant(text: str) -> datetime:
    m = re.match(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(\.\d+)?(.*)", text)
    assert m
    fraction = (m.group(2) or ".0")[:7]
    zone = "+00:00" if m.group(3) == "Z" else m.group(3)
    return datetime.fromisoformat(m.group(1) + fraction + zone)
