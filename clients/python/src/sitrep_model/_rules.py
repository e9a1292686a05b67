"""The rules of the Java model that the JSON Schema cannot express but one document shows (see
java-only.tsv of the conformance corpus, and the Java build's verdicts): comparisons of two values
(bounds, dates, date-times, spans), ids and references across the report, codes that are assigned
(currencies, countries), counts written as JSON integers within 64 bits. Hand-written, as in the
TypeScript package (rules.ts); the walk interprets the generated wire definition (WIRE).

Dates and date-times are compared as their exact strings say, to the nanosecond, never through
datetime: Python's datetime has no year 0000, which the Java reader reads, and keeps microseconds."""

from __future__ import annotations

import re
from typing import Any, Callable, Optional

from ._errors import SitrepError, step
from ._generated import COUNTRIES, CURRENCIES, WIRE

ID_KINDS = {"IncidentId", "CasualtyId", "ClaimId", "AidPackageId", "PostId"}
#: A refusal, the offset where Java meets it, and its rank: 0 when the reader meets it as it reads
#: the value, 1 when the model checks it as it builds the object (at the object's end).
Found = tuple[SitrepError, int, int]

#: The widest span, in days counting both ends, of a reported time of each precision.
MAX_DAYS = {"exact_time": 1, "approximate_time": 1, "day": 1, "part_of_day": 2, "few_days": 6, "week": 7,
            "month": 31, "season": 92, "year": 366}

#: The order in which the Java model (Report.checkReferences) checks the references of a type, where
#: it is not the wire order: the first unresolved one is the one reported.
REFERENCE_ORDER = {
    "Report": ["posts", "incidents", "claims", "aid_packages"],
    "Incident": ["claims", "links", "parties", "engagements", "casualties", "location"],
}

_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_DATE_TIME = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]{1,9}))?(Z|([+-])([0-9]{2}):([0-9]{2}))")
_CLOCK_TIME = re.compile(r"([0-9]{2}):([0-9]{2}):([0-9]{2})(Z|[+-][0-9]{2}:[0-9]{2})")
#: Java's Character.isWhitespace, for String.isBlank
_BLANK = re.compile("[\t\n\u000b\f\r\u001c-\u001f \u1680\u2000-\u2006\u2008-\u200a\u2028\u2029\u205f\u3000]*")


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


def _key(x: Any) -> Any:
    """A value as a key of a set or dict: itself, or its text where it is a list or an object (of a
    document the schema refuses, which the rules still walk)."""
    return repr(x) if isinstance(x, (dict, list)) else x


def _list(x: Any) -> list:
    """A list property's value, or no elements where it is not a list (the schema refuses that)."""
    return x if isinstance(x, list) else []


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


def epoch_day(y: int, m: int, d: int) -> int:
    """Days from 0000-03-01 of the proleptic Gregorian calendar, which has a year 0000 (a leap year)."""
    year = y - 1 if m <= 2 else y
    era = year // 400
    yoe = year - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    return era * 146097 + yoe * 365 + yoe // 4 - yoe // 100 + doy


def _day(date: Any) -> Optional[int]:
    m = _DATE.fullmatch(date) if isinstance(date, str) else None
    return epoch_day(int(m[1]), int(m[2]), int(m[3])) if m else None


def instant(date_time: Any) -> Optional[tuple[int, int]]:
    """A date-time as (seconds since the epoch of epoch_day, nanoseconds), or None if not one."""
    m = _DATE_TIME.fullmatch(date_time) if isinstance(date_time, str) else None
    if not m:
        return None
    offset = 0 if m[8] == "Z" else (-1 if m[9] == "-" else 1) * (int(m[10]) * 3600 + int(m[11]) * 60)
    seconds = epoch_day(int(m[1]), int(m[2]), int(m[3])) * 86400 + int(m[4]) * 3600 + int(m[5]) * 60 + int(m[6]) - offset
    return seconds, int((m[7] or "").ljust(9, "0"))


def _local_form(date_time: str) -> str:
    """A date-time's local date and time and offset, as OffsetDateTime.equals compares them."""
    m = _DATE_TIME.fullmatch(date_time)
    assert m
    return f"{m[1]}-{m[2]}-{m[3]}T{m[4]}:{m[5]}:{m[6]}.{(m[7] or '').ljust(9, '0')}{'+00:00' if m[8] == 'Z' else m[8]}"


def java_only_rules(type_: str, doc: Any, spans: dict, numbers: dict) -> list[Found]:
    found: list[Found] = []
    objects: list = []
    _walk(type_, doc, "$", objects)

    def start(p: str) -> int:
        return spans.get(p, (0, 0))[0]

    for t, o, path in objects:
        end = spans.get(path, (0, 0))[1]

        def rule(p: str, why: str, path: str = path, end: int = end) -> None:
            found.append((SitrepError("RULE_VIOLATION", path + p, why), end, 1))

        for name, (card, kind, schema) in WIRE[t].items():
            if name not in o:
                continue
            if card == "LIST" and isinstance(o[name], list):
                values = [(f"{path}{step(name)}[{i}]", x) for i, x in enumerate(o[name])]
            else:
                values = [(path + step(name), o[name])]
            for p, x in values:
                # counts: JSON integers within a signed 64-bit integer, as Java reads them
                text = numbers.get(p) if kind == "INTEGER" else None
                if text is not None:
                    if not re.fullmatch(r"-?(0|[1-9][0-9]*)", text):
                        found.append((SitrepError("WRONG_TYPE", p, f"expected a JSON integer, found {text}"), start(p), 0))
                    elif not -(2**63) <= int(text) < 2**63:
                        found.append((SitrepError("INVALID_VALUE", p, f"{text} does not fit a signed 64-bit integer"), start(p), 0))
                if not isinstance(x, str):
                    continue
                # codes that have the right shape (the schema checks it) but are not assigned
                if schema == "CountryCode" and re.fullmatch(r"[A-Z]{2}", x) and x not in COUNTRIES:
                    found.append((SitrepError("RULE_VIOLATION", p, f"{x!r} is not an ISO 3166-1 alpha-2 country code"), end, 1))
                elif schema == "SubdivisionCode" and re.fullmatch(r"[A-Z]{2}-[A-Z0-9]{1,3}", x) and x[:2] not in COUNTRIES:
                    found.append((SitrepError("RULE_VIOLATION", p, f"{x!r} is not an ISO 3166-2 subdivision code of a country"), end, 1))
                elif schema == "CurrencyCode" and re.fullmatch(r"[A-Z]{3}", x) and x not in CURRENCIES:
                    found.append((SitrepError("INVALID_VALUE", p, f"{x} is not an ISO 4217 currency"), start(p), 0))
                elif schema == "DatasetRecordId" and (len(x.encode("utf-16-le")) // 2 > 128 or any(ord(c) > 0xFFFF for c in x)):
                    # Java counts UTF-16 units and refuses any surrogate: a character beyond U+FFFF is two
                    found.append((SitrepError("RULE_VIOLATION", p, "must be 1 to 128 characters without white space or control characters"), end, 1))
        for name in o:
            if name not in WIRE[t] and _BLANK.fullmatch(name):
                rule("", "an extension needs a name")
        if t == "Estimate":
            low, best, high = (_num(o.get(k)) for k in ("low", "best", "high"))
            if low is not None and best is not None and low > best:
                rule(".best", f"low ({low}) must not be greater than best ({best})")
            if best is not None and high is not None and best > high:
                rule(".high", f"best ({best}) must not be greater than high ({high})")
            if best is None and low is not None and high is not None and low > high:
                rule(".high", f"low ({low}) must not be greater than high ({high})")
            if o.get("qualifier") == "exact" and None not in (low, best, high) and not low == best == high:
                rule("", "an exact estimate needs low = best = high")
            if o.get("qualifier") == "more_than" and low is not None and best is not None and best <= low:
                rule(".best", f"must be above low ({low}) for a 'more than' estimate")
            if o.get("qualifier") == "fewer_than" and high is not None and best is not None and best >= high:
                rule(".best", f"must be below high ({high}) for a 'fewer than' estimate")
        elif t == "ReportedTime":
            first, last = _day(o.get("start")), _day(o.get("end"))
            if first is not None and last is not None:
                most = MAX_DAYS.get(o.get("precision")) if isinstance(o.get("precision"), str) else None
                if last < first:
                    rule(".end", f"must not be before start ({o.get('start')})")
                elif most is not None and last - first + 1 > most:
                    rule(".end", f"spans {last - first + 1} days, more than a time of precision {o.get('precision')} may ({most})")
            at = instant(o.get("instant"))
            if at and isinstance(o.get("start"), str) and o["instant"][:10] != o["start"]:
                rule(".instant", f"falls on {o['instant'][:10]}, not on start ({o['start']})")
            clock = _CLOCK_TIME.fullmatch(o["clock_time"]) if isinstance(o.get("clock_time"), str) else None
            if clock and at:
                m = _DATE_TIME.fullmatch(o["instant"])
                zone = lambda z: "+00:00" if z == "Z" else z  # noqa: E731
                if clock[1] != m[4] or clock[2] != m[5] or zone(clock[4]) != zone(m[8]):
                    rule(".clock_time", f"must be the instant's hour, minute and offset ({o['instant']})")
            equivalents = _list(o.get("equivalents"))
            if at:
                for k, e in enumerate(equivalents):
                    other = instant(e)
                    if other and other != at:
                        rule(f".equivalents[{k}]", f"is not the same moment as the instant ({o['instant']})")
            seen_forms: set = set()
            for k, e in enumerate(equivalents):
                if not isinstance(e, str) or not _DATE_TIME.fullmatch(e):
                    continue
                if _local_form(e) in seen_forms:
                    rule(f".equivalents[{k}]", f"repeats {e!r}, listed earlier")
                seen_forms.add(_local_form(e))
        elif t == "MonetaryValue":
            currencies = {_key(o["amount"].get("currency")) if isinstance(o.get("amount"), dict) else None}
            for i, m in enumerate(_list(o.get("equivalents"))):
                if not isinstance(m, dict):
                    continue
                if _key(m.get("currency")) in currencies:
                    rule(f".equivalents[{i}]", f"repeats the currency {m.get('currency')}; each equivalent needs its own")
                currencies.add(_key(m.get("currency")))
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
            if o.get("stopped_share") == "none" and stopped > 0:
                rule(".stopped_share", f"is none, but at least {stopped} were stopped")
            if o.get("stopped_share") == "all" and hit > 0:
                rule(".stopped_share", f"is all, but at least {hit} hit")
        elif t == "Casualty":
            whole = _most(o.get("count"))
            seen: set = set()
            for i, g in enumerate(_list(o.get("breakdown"))):
                if not isinstance(g, dict):
                    continue
                if _key(g.get("group")) in seen:
                    rule(f".breakdown[{i}].group", f"repeats {g.get('group')!r}, listed earlier")
                seen.add(_key(g.get("group")))
                part = _least(g.get("count"))
                if whole is not None and part is not None and part > whole:
                    rule(f".breakdown[{i}].count", "a part of the figure cannot be larger than the figure")
            if "supersedes" in o and o["supersedes"] == o.get("id"):
                rule(".supersedes", "a figure does not supersede itself")
        elif t == "UcdpCoding":
            low, high = _num(o.get("deaths_low")), _num(o.get("deaths_high"))
            if low is not None and high is not None and low > high:
                rule(".deaths_low", f"must be at most deaths_high ({high}), was {low}")
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
            for i, link in enumerate(_list(o.get("links"))):
                if isinstance(link, dict) and (("incident" in link and link["incident"] == o.get("id"))
                                               or ("global_id" in link and link["global_id"] == o.get("global_id"))):
                    rule(f".links[{i}]", "an incident does not link to itself")
            rows: set = set()
            for i, r in enumerate(_list(o.get("records"))):
                if not isinstance(r, dict):
                    continue
                row = (_key(r.get("scheme")), _key(r.get("id")))
                if row in rows:
                    rule(f".records[{i}]", f"names the same row as an earlier record ({r.get('scheme')} {r.get('id')})")
                rows.add(row)
            figures = [c for c in _list(o.get("casualties")) if isinstance(c, dict)]
            index: dict = {}
            for i, c in enumerate(figures):
                if _key(c.get("id")) in index:
                    rule(f".casualties[{i}].id", f"repeats the id {c.get('id')!r}")
                else:
                    index[_key(c.get("id"))] = i
            revised: dict = {}
            for i, c in enumerate(figures):
                if "supersedes" not in c:
                    continue
                if _key(c["supersedes"]) not in index:
                    rule(f".casualties[{i}].supersedes", f"refers to casualty figure {c['supersedes']!r}, which is not a figure of this incident")
                elif _key(c["supersedes"]) in revised:
                    rule(f".casualties[{i}].supersedes", "a figure is revised by one figure at most")
                else:
                    revised[_key(c["supersedes"])] = i
            for i, c in enumerate(figures):
                nxt = c.get("supersedes")
                for _ in range(len(figures)):
                    if nxt is None:
                        break
                    if nxt == c.get("id"):
                        rule(f".casualties[{i}].supersedes", f"the figures' supersessions form a cycle through {c.get('id')!r}")
                        break
                    k = index.get(_key(nxt))
                    nxt = None if k is None else figures[k].get("supersedes")
        elif t == "AidPackage":
            for i, r in enumerate(_list(o.get("related"))):
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
    published = instant(o.get("published_at"))
    retrieved, modified = instant(o.get("retrieved_at")), instant(o.get("modified_at"))
    if published and retrieved and retrieved < published:
        rule(".retrieved_at", f"must not be before published_at ({o['published_at']})")
    if published and isinstance(o.get("published_on"), str) and o["published_at"][:10] != o["published_on"]:
        rule(".published_on", f"must be the date of published_at ({o['published_at'][:10]})")
    if published and modified and modified < published:
        rule(".modified_at", f"must not be before published_at ({o['published_at']})")
    if isinstance(o.get("supersedes"), list) and o.get("id") in o["supersedes"]:
        rule(".supersedes", f"a report does not supersede itself ({o.get('id')!r})")
    # ids: unique across all kinds, by their text; every reference names an id of its own kind;
    # both in Java's order (an incident's id, then its figures')
    ids: list = []
    known: set = set()
    refs: list = []
    incidents: dict = {}
    links: dict = {}

    def collect(type_: str, v: Any, p: str) -> None:
        if not isinstance(v, dict):
            return
        if type_ == "Incident":
            incidents.setdefault(_key(v.get("id")), v)
        props = WIRE.get(type_, {})
        for name in dict.fromkeys(["id", *REFERENCE_ORDER.get(type_, []), *props]):
            if name not in v or name not in props:
                continue
            card, kind, schema = props[name]
            at = p + step(name)
            values = [(f"{at}[{i}]", x) for i, x in enumerate(v[name])] if card == "LIST" and isinstance(v[name], list) else [(at, v[name])]
            for q, x in values:
                if kind == "OBJECT":
                    collect(schema, x, q)
                elif schema in ID_KINDS and name == "id":
                    ids.append((q[len(path):], x))
                    known.add((schema, _key(x)))
                elif schema in ID_KINDS:
                    refs.append((q[len(path):], schema, x))
                    if type_ == "IncidentLink" and name == "incident":
                        links[p[len(path):]] = v

    collect("Report", o, path)
    seen: set = set()
    for p, i in ids:
        if _key(i) in seen:
            rule(p, f"repeats the id {i!r}")
        seen.add(_key(i))
    for p, kind, r in refs:
        if p.endswith(".supersedes"):
            continue  # the incident checks its figures' supersessions
        if (kind, _key(r)) not in known:
            rule(p, f"refers to {r!r}, which is not in this report")
        link = links.get(p[:-len(".incident")]) if p.endswith(".incident") else None
        if link is not None and "global_id" in link:
            theirs = incidents.get(_key(link.get("incident")), {}).get("global_id")
            if theirs is not None and theirs != link["global_id"]:
                rule(p[:-len(".incident")] + ".global_id",
                     f"is {link['global_id']!r}, but incident {link.get('incident')!r} has the global id {theirs!r}")
