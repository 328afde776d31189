"""Legal corpus: loader, parsers, chunking, applicability dates and manifest check."""
