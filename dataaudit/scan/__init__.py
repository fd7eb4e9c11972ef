"""The one scan: every image is read, hashed and decoded once into the shared feature table.

- :mod:`.scanner`: :func:`scan`, the parallel driver (process pool, cache hits, arrays);
- :mod:`.worker`: what runs inside a worker process (read, hash, decode, compute features);
- :mod:`.features`: the feature registry and the built-in per-image features;
- :mod:`.table`: :class:`FeatureTable`, the columnar result every auditor reads;
- :mod:`.store`: the large features' files, and :class:`~.store.FeatureRows`, how auditors read them;
- :mod:`.cache`: the SQLite feature cache keyed by file stat and content hash.
"""

from dataaudit.scan.scanner import scan
from dataaudit.scan.table import FeatureTable, ScanStats

__all__ = ["scan", "FeatureTable", "ScanStats"]
