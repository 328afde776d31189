"""Register-scale batch screening: many records or documents → one SQLite database.

``screener batch INPUT`` (see :mod:`screener.commands_batch`) reads a folder of documents or a
JSONL/CSV file of records (:mod:`.inputs`), screens what is not yet stored (:mod:`.runner`, a
process pool for the offline extractor, bounded threads for the LLM extractor), stores one row
per record (:mod:`.store`), prints a summary with a chart (:mod:`.summary`) and can export the
results as CSV or XLSX (:mod:`.export`).
"""

from screener.batch.export import ExportError, export_results
from screener.batch.inputs import InputError, Record, load_records
from screener.batch.runner import BatchError, BatchOptions, BatchResult, run_batch
from screener.batch.store import ResultStore, RunKey, StoreError

__all__ = [
    "BatchError",
    "BatchOptions",
    "BatchResult",
    "ExportError",
    "InputError",
    "Record",
    "ResultStore",
    "RunKey",
    "StoreError",
    "export_results",
    "load_records",
    "run_batch",
]
