"""Preprocessing fitted before the split (DA3xx): training code, fitted objects, saved arrays.

- :mod:`.code_files`, :mod:`.flow` (with :mod:`.values`, :mod:`.knowledge`), :mod:`.leaks`: parse
  scripts and notebooks, follow the data, decide which fits leak; :mod:`.rewrite`: the corrected code;
- :mod:`.fitted`: :func:`check_fitted`, which data a fitted object learned from;
- :mod:`.saved_arrays`: the fingerprint of a transform fitted on the union of saved splits;
- :mod:`.auditor`: :class:`PreprocessingAuditor` and its rules.

Nothing here imports scikit-learn or TensorFlow at import time.
"""

from dataaudit.auditors.preprocessing.fitted import CandidateMatch, FitCheck, check_fitted
from dataaudit.auditors.preprocessing.saved_arrays import ArraySignature, array_signature

from dataaudit.auditors.preprocessing.auditor import PreprocessingAuditor

__all__ = ["PreprocessingAuditor", "check_fitted", "FitCheck", "CandidateMatch", "array_signature", "ArraySignature"]
