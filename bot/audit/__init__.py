"""The audit trail: what advice was given, to whom, and what they thought of it.

`store.AuditLog` records answers and feedback; `commands` adds `conduct audit export|purge`.
Nothing is imported here so that the CLI can load `commands` without the database code.
"""
