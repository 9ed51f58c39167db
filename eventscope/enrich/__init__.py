"""Enrichment: what is added to coded events after coding (dates, places, quantities, glance).

Each module is a small class loaded once and applied per article: ``dates.DateResolver``,
``places.Gazetteer``, ``quantities.QuantityExtractor``, ``glance.Glancer``.
"""
