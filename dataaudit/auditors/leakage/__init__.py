"""Split leakage (DA1xx): exact and near-duplicate images across train/val/test.

The search, from the scan's luma thumbnails to verified, explained groups:

- :mod:`.signatures`: the per-image features (``luma32``, ``chroma8``) and the binary view codes;
- :mod:`.hamming_index`: :func:`find_pairs`, every pair of codes within a Hamming radius, exactly;
- :mod:`.pair_search`: candidates -> verified pairs -> groups (:func:`find_duplicate_pairs`);
- :mod:`.verify`: alignment and fine-structure comparison of one candidate pair;
- :mod:`.explain`: the edit that best explains a verified pair;
- :mod:`.resplit`: the leak-free re-split that is the fix;
- :mod:`.embedding`: the optional semantic-similarity search (DA106);
- :mod:`.auditor`: :class:`LeakageAuditor` and its rules.
"""

from dataaudit.auditors.leakage.auditor import LeakageAuditor

__all__ = ["LeakageAuditor"]
