"""The example dataset of ``dataaudit demo`` and the image edits that plant near-copies.

- :mod:`.dataset`: :func:`make_demo_dataset` writes real image files with planted problems
  (:data:`PLANTED` lists each with the rule that must report it);
- :mod:`.edits`: the catalogue of edits (:data:`EDITS`) that turn a photo into a near-copy,
  shared by the demo, the tests and ``benchmarks/leakage.py``.
"""

from dataaudit.demo.dataset import CLASSES, PLANTED, draw_image, make_demo_dataset

__all__ = ["make_demo_dataset", "draw_image", "PLANTED", "CLASSES"]
