"""Preprocessing fitted before the split: static analysis of training code, fitted objects, saved arrays.

- :mod:`.codefiles`, :mod:`.flow`, :mod:`.leaks`: parse scripts and notebooks, follow the data,
  decide which fits leak; :mod:`.rewrite`: the corrected code;
- :mod:`.fitted`: :func:`check_fitted`, which data a fitted object learned from;
- :mod:`.signature`: the fingerprint of a transform fitted on the union of saved splits.

Nothing here imports scikit-learn or TensorFlow at import time.
"""

from .fitted import CandidateMatch, FitCheck, check_fitted
from .signature import ArraySignature, array_signature

__all__ = ["check_fitted", "FitCheck", "CandidateMatch", "array_signature", "ArraySignature"]
