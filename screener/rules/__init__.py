"""The deterministic rule layer: strong Kleene logic over fact values, verdicts per practice,
the scope gate and the overall verdict. Pure functions, no I/O."""

from screener.rules.kleene import and_, evaluate, not_, or_

__all__ = ["and_", "evaluate", "not_", "or_"]
