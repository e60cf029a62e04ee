"""The station's desks beside its core trade: the parcel desk (快递代收代发, issue 17) and the
buying point (收购, issue 16), as :class:`~servicepoint.core.station.Station` attributes.

Apart from ``station.py`` so that the class stays readable as desks are added; each service
is imported on first use, so a station that never opens a desk never loads its module.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .buyback import Buyback
    from .buyback_dispatch import BuybackDispatches
    from .buyback_prices import BuybackPrices
    from .buyback_stock import BuybackStock
    from .parcel_fees import ParcelFees
    from .parcel_sends import ParcelSends
    from .parcels import Parcels


class Desks:
    """Mixed into ``Station``: each property builds its service over the station (``self``)."""

    def _station(self) -> Any:
        return self

    @cached_property
    def parcels(self) -> Parcels:
        from .parcels import Parcels  # imported on first use: a quick start-up

        return Parcels(self._station())

    @cached_property
    def parcel_sends(self) -> ParcelSends:
        from .parcel_sends import ParcelSends

        return ParcelSends(self._station())

    @cached_property
    def parcel_fees(self) -> ParcelFees:
        from .parcel_fees import ParcelFees

        return ParcelFees(self._station())

    @cached_property
    def buyback(self) -> Buyback:
        from .buyback import Buyback  # imported on first use: a quick start-up

        return Buyback(self._station())

    @cached_property
    def buyback_prices(self) -> BuybackPrices:
        from .buyback_prices import BuybackPrices  # imported on first use: a quick start-up

        return BuybackPrices(self._station())

    @cached_property
    def buyback_stock(self) -> BuybackStock:
        from .buyback_stock import BuybackStock  # imported on first use: a quick start-up

        return BuybackStock(self._station())

    @cached_property
    def buyback_dispatches(self) -> BuybackDispatches:
        from .buyback_dispatch import BuybackDispatches  # imported on first use

        return BuybackDispatches(self._station())
