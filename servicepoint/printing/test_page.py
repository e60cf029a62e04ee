"""The printer test page, laid out once for every way it prints.

The Qt path (``ui/printing.py``), the preview and the ESC/POS test pages of the printer
wizard (``printing/escpos_job.py``) all print this one layout.  No Qt, no SQL.
"""

from __future__ import annotations

from datetime import datetime

from ..core.ids import CHINA_TZ
from . import fonts
from .layout import MM, Flow, Paper, paper

TEST_PAYLOAD = "SERVICEPOINT TEST PAGE"
TEST_PAGE = "打印机测试页"


def test_page_flow(
    station_name: str, target: str | Paper = "80", when: datetime | None = None
) -> Flow:
    """The test page: names, a width ruler, Chinese sample text, bold, small text and a QR."""
    fonts.register()
    # The station's clock (China time), as on every receipt; never the PC's own time zone
    p, when = paper(target), when or datetime.now(CHINA_TZ)
    flow = Flow(p, footer=p.small * 2 if p.height else 0.0)
    flow.para(station_name, p.title * 0.85, align="center", bold=True)
    flow.para("打印机测试页 Printer test page", p.title, align="center", bold=True)
    flow.rule()
    flow.pair("纸张 Paper", "A4" if p.height else f"{p.name} mm")
    flow.pair("打印宽度 Print width", f"{p.width / MM:.0f} mm")
    flow.rule(space=p.size * 0.2)
    flow.pair("|← 左边 left", "right 右边 →|")
    digits = int(p.inner / fonts.width("0", p.size))
    flow.para(("1234567890" * 40)[:digits], p.size)
    flow.rule(dashed=True)
    flow.para("中文示例：农户张三购买复合肥 50kg，合计 ¥251.00，实收 ¥300.00，找零 ¥49.00。")
    flow.para("粗体示例 Bold sample ¥8,888.88", bold=True)
    flow.para("小号字 Small text：村级电商服务站 0123456789", p.small)
    flow.rule()
    flow.qr(TEST_PAYLOAD)
    flow.para(f"扫码应读出 {TEST_PAYLOAD}", p.small, align="center")
    flow.para(f"打印时间 {when:%Y-%m-%d %H:%M:%S}", p.small, align="center")
    return flow
