"""Format readers, table parsers and typed extractors: bytes in, dataclasses out."""
