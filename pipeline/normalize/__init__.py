"""Normalisers: dates to ISO 8601, money to Decimal + ISO 4217, entities to canonical clusters."""
