"""``python -m screener.batch INPUT [options]``: the same as ``screener batch``."""

import typer

from screener.commands_batch import batch_command


def main() -> None:
    typer.run(batch_command)


if __name__ == "__main__":
    main()
