"""The one exception every reader and extractor raises for a file it cannot use."""


class ExtractionError(Exception):
    """A file cannot be read; the message is one line a person can act on."""
