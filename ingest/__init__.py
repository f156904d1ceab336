"""Turning council code documents into clauses and indexes."""
