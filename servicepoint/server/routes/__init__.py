"""The county server's routes, one ``APIRouter`` per resource; ``app.create_app`` includes
them all."""

from __future__ import annotations

from fastapi import APIRouter

from . import admin, enrolment, reports, statements, sync, verify

ROUTERS: tuple[APIRouter, ...] = (
    enrolment.router,
    verify.router,
    sync.router,
    admin.router,
    reports.router,
    statements.router,
)
