"""Every text of the console, Chinese first: ``TEXTS[key] = (zh, en)``.

Templates call ``t(key, **params)`` (``web.render`` hands them the reader's language); a
key not here shows as itself, so a missing text is seen, not hidden.  Refusals the county
already words in ``core/messages.py`` (a wrong password, a lock) are shown with
:func:`message`, so the console and the API say the same thing.  One language per message:
never both side by side.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ...core.messages import render as render_message

# fmt: off
TEXTS: dict[str, tuple[str, str]] = {
    "app.title": ("县级电商运营中心", "County e-commerce centre"),
    "nav.overview": ("总览", "Overview"),
    "nav.station": ("站点", "Stations"),
    "nav.conflicts": ("冲突", "Conflicts"),
    "nav.commission": ("佣金", "Commission"),
    "nav.poverty": ("扶贫监测", "Poverty alleviation"),
    "nav.catalogue": ("商品与佣金率", "Catalogue and rates"),
    "lang.switch": ("English", "中文"),
    "role.admin": ("管理员", "administrator"),
    "role.viewer": ("查看", "viewer"),
    "logout": ("退出登录", "Log out"),
    "login.title": ("县中心登录", "County login"),
    "login.name": ("账号", "User name"),
    "login.password": ("密码", "Password"),
    "login.submit": ("登录", "Log in"),
    "login.hint": ("用县中心给你的账号登录。管理员可以操作，查看账号只能看。",
                   "Log in with the account the county centre gave you. Administrators can act; "
                   "viewers can only read."),
    "error.title": ("不能这样做", "Not allowed"),
    "error.csrf": ("表单已过期或不是从本页面提交的，什么也没有保存。请回到页面重新操作。",
                   "The form has expired or did not come from this page; nothing was saved. "
                   "Go back to the page and try again."),
    "error.admin_only": ("只有管理员可以做这个操作，什么也没有保存。",
                         "Only an administrator can do this; nothing was saved."),
    "error.not_found": ("找不到这个服务站：{code}", "No such station: {code}"),
    "error.refusal": ("{message}", "{message}"),
    "error.back": ("返回", "Back"),
    "error.bad_day": ("日期要写成 2026-12-01 这样，且开始不能晚于结束。",
                      "Dates are written like 2026-12-01, and the start cannot be after the end."),
    "period.from": ("从", "From"),
    "period.to": ("到", "To"),
    "period.show": ("查看", "Show"),
    "yes": ("是", "yes"),
    "no": ("否", "no"),
    "none": ("无", "none"),
    "yuan": ("元", "yuan"),
    "count": ("数量", "count"),
}
# fmt: on


def text(lang: str, key: str, **params: Any) -> str:
    """The text of ``key`` in ``lang`` (``zh`` or ``en``), with ``params`` filled in."""
    pair = TEXTS.get(key)
    if pair is None:
        return key
    template = pair[1] if lang == "en" else pair[0]
    try:
        return template.format(**params) if params else template
    except (KeyError, IndexError, ValueError):
        return template


def translator(lang: str) -> Callable[..., str]:
    """``t(key, **params)`` for one language (what templates call)."""

    def t(key: str, **params: Any) -> str:
        return text(lang, key, **params)

    return t


def message(lang: str, code: str, params: dict[str, Any]) -> str:
    """A refusal of ``core/messages.py`` (``county_login_failed`` …) in ``lang``."""
    return render_message(code, "en" if lang == "en" else "zh_CN", params)


def notice(lang: str, done: str | None) -> str | None:
    """The one-time notice after a form (``?done=KEY`` names ``done.KEY``); an unknown key
    shows nothing, so the address cannot put words on the page."""
    if not done or f"done.{done}" not in TEXTS:
        return None
    return text(lang, f"done.{done}")


def add(more: dict[str, tuple[str, str]]) -> None:
    """A page module's own texts, added to :data:`TEXTS` when it is imported (a key may be
    defined once only)."""
    clash = set(more) & set(TEXTS)
    if clash:
        raise ValueError(f"console texts defined twice: {sorted(clash)}")
    TEXTS.update(more)
