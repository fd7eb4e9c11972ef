"""Variety and augmentation (DA4xx): low-variety classes, split drift, a recommended augmentation.

- :mod:`.measures`: near-copy groups, the Vendi score, transform probes on scan features;
- :mod:`.augmentation`: :class:`AugmentationPlan`, Keras preprocessing layers with reasons;
- :mod:`.image_data_generator`: ``ImageDataGenerator(...)`` arguments as Keras 3 layers;
- :mod:`.auditor`: :class:`VarietyAuditor` and its rules.
"""

from dataaudit.auditors.variety.auditor import VarietyAuditor

__all__ = ["VarietyAuditor"]
