"""The monthly commission statement (佣金对账单) for any county login, as JSON for the
console page or as a CSV, XLSX or printable PDF file (``statements.py``, ``exports.py``)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Response

from ..deps import CountyUser, DbDep
from ..exports import statement_file
from ..statements import check_month, monthly_statement, this_month

router = APIRouter(prefix="/v1/county/statements", tags=["statements"])


@router.get("", response_model=None)
def commission_statement(
    _user: CountyUser,
    db: DbDep,
    month: Annotated[str | None, Query()] = None,
    format: Literal["json", "csv", "xlsx", "pdf"] = "json",
    lang: Literal["zh", "en"] = "zh",
) -> dict[str, Any] | Response:
    """Every station's month, and the total: ``?month=2026-11`` (this month or earlier;
    this month, China time, when none is given)."""
    statement = db.read(monthly_statement, check_month(month or this_month()))
    if format == "json":
        return statement.as_dict()
    content, media_type, disposition = statement_file(statement, format, lang)
    return Response(
        content,
        media_type=media_type,
        headers={"Content-Disposition": disposition, "Cache-Control": "no-store"},
    )
