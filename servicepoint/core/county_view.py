"""What the county receives about farmers: one rule, applied by both ends.

The county's reports count poor households and the money paid to them (``server/reports.py``);
they need a farmer's poor-household flag and nothing else that identifies a person.  The name
and village group are sent so a county officer can check a household against the county's
poverty register by hand; the poverty-card number is sent as its last four characters only,
which is enough to tell two same-named households of one village group apart and useless to
anyone else.  Phone numbers, ID numbers and notes are never sent (docs/sync.md, "What the
county receives about farmers").

The station applies :func:`change_for_county` when it builds a batch, so a number never leaves
the PC; what it stores is unchanged.  The county applies the same function to every change it
receives before it checks or stores anything, so an older station that still sends numbers
has them dropped at the door (defence in depth), and its conflict answers mask what an older
database may still hold.
"""

from __future__ import annotations

import json
from typing import Any

from .text import mask_phone

#: Farmer fields the county never receives: sent as null in a new record, left out of an edit.
WITHHELD = ("phone", "id_number", "note")
#: Farmer fields sent masked: only the last :data:`KEPT` characters are shown.
MASKED = ("poverty_card_no",)
KEPT = 4


def mask_card(value: str | None) -> str | None:
    """``PK20160001`` → ``******0001``: the last four characters, the rest as stars.

    Idempotent (a masked value masks to itself), so a county that receives an already masked
    number from a new station and a full one from an old station stores the same text."""
    if value is None:
        return None
    text = str(value)
    if len(text) <= KEPT:
        return "*" * len(text)
    return "*" * (len(text) - KEPT) + text[-KEPT:]


def farmer_fields_for_county(fields: dict[str, Any], *, insert: bool) -> dict[str, Any]:
    """A farmer's fields as the county may hold them: withheld fields null in a new record
    and absent from an edit, card numbers masked."""
    out = dict(fields)
    for name in WITHHELD:
        if insert:
            out[name] = None
        else:
            out.pop(name, None)
    for name in MASKED:
        if isinstance(out.get(name), str):
            out[name] = mask_card(out[name])
    return out


def change_for_county(entity: Any, op: Any, payload: Any) -> Any:
    """A change's payload as the county may receive it (only farmers are affected).

    Anything malformed is returned as it is: the county's checks refuse it afterwards."""
    if entity != "farmers" or not isinstance(payload, dict):
        return payload
    if op == "insert":
        return farmer_fields_for_county(payload, insert=True)
    fields = payload.get("fields")
    if op != "update" or not isinstance(fields, dict):
        return payload
    return {**payload, "fields": farmer_fields_for_county(fields, insert=False)}


def masked_json(entity: str, field: str, value: str | None) -> str | None:
    """A conflict's stored value (JSON text) as a county login or a station may see it:
    a farmer's phone as on a receipt (138****0000), ID and card numbers to their last four,
    notes not at all.  Rows a county stored before migration 0005 may still hold numbers."""
    if entity != "farmers" or value is None or field not in (*WITHHELD, *MASKED):
        return value
    try:
        decoded = json.loads(value)
    except ValueError:
        decoded = value
    if decoded is None:
        return value
    if field == "note":
        return None
    shown = mask_phone(str(decoded)) if field == "phone" else mask_card(str(decoded))
    return json.dumps(shown, ensure_ascii=False)
