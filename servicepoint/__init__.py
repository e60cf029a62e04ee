"""servicepoint: the desktop app and county server of a village e-commerce service point."""

__version__ = "0.1.0"
