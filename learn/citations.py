"""Collect the Sources cited by StreamField content, in order of first citation, so a page can
number its citations and print one reference list."""


def _sources_in_value(value):
    """Yield Source objects found in one block value (StructValue, list or Source)."""
    from .models import GlossaryTerm, Source

    if isinstance(value, Source):
        yield value
    elif isinstance(value, GlossaryTerm):
        yield from value.source_list  # a term shown in the body cites its definition's sources
    elif hasattr(value, "items") and callable(value.items):
        for _name, child in value.items():
            yield from _sources_in_value(child)
    elif isinstance(value, (list, tuple)) or value.__class__.__name__ == "ListValue":
        for child in value:
            yield from _sources_in_value(child)


def collect_sources(stream_values):
    seen = {}
    for stream in stream_values:
        for block in stream or []:
            for source in _sources_in_value(block.value):
                seen.setdefault(source.pk, source)
    return list(seen.values())
