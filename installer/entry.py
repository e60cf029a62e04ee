"""The bundle's entry point: the same ``servicepoint`` command as ``pip install`` gives.

The county server (``servicepoint county …``) is left out of the desktop bundle; asking for
it says so in plain words instead of a traceback.
"""

import sys

from servicepoint.cli import main

COUNTY_ONLY = ("servicepoint.server", "fastapi", "uvicorn", "sqlalchemy", "alembic", "psycopg")


def run() -> int:
    try:
        return main()
    except ModuleNotFoundError as error:
        if not (error.name or "").startswith(COUNTY_ONLY):
            raise
        print(
            "县服务器不在这个安装包里。县中心的电脑请安装完整版："
            "pip install 'servicepoint[server]'\n"
            "The county server is not part of this bundle. On the county's computer install "
            "it with: pip install 'servicepoint[server]'",
            file=sys.stderr,
        )
        return 2


if __name__ == "__main__":
    sys.exit(run())
